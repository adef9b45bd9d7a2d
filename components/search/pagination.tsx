import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { MAX_PAGE, searchPath } from "@/lib/search/query";
import type { SearchQuery } from "@/lib/search";

export type PageHref = (page: number) => string;

export function searchPageHref(query: SearchQuery): PageHref {
  return (page) => searchPath({ ...query, page });
}

export function Pagination({ query, total, href }: { query: SearchQuery; total: number; href: PageHref }) {
  const pages = Math.min(MAX_PAGE, Math.ceil(total / query.pageSize));
  const t = useTranslations("search.pagination");
  if (pages <= 1) return null;
  const window = [...new Set([1, query.page - 1, query.page, query.page + 1, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  return (
    <nav aria-label={t("label")} className="mt-8">
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        {query.page > 1 && (
          <li>
            <Link href={href(query.page - 1)} rel="prev" className="rounded border border-slate-300 px-3 py-1.5 no-underline">
              {t("previous")}
            </Link>
          </li>
        )}
        {window.map((p, i) => (
          <li key={p} className="flex items-center gap-2">
            {i > 0 && window[i - 1] !== p - 1 && <span aria-hidden="true">…</span>}
            {p === query.page ? (
              <span aria-current="page" className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white">
                {p}
              </span>
            ) : (
              <Link href={href(p)} className="rounded border border-slate-300 px-3 py-1.5 no-underline" aria-label={t("page", { page: p })}>
                {p}
              </Link>
            )}
          </li>
        ))}
        {query.page < pages && (
          <li>
            <Link href={href(query.page + 1)} rel="next" className="rounded border border-slate-300 px-3 py-1.5 no-underline">
              {t("next")}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
