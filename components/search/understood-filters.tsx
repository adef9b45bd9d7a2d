import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { searchPath } from "@/lib/search/query";
import type { SearchQuery, SearchResult } from "@/lib/search";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";

const CHIP = "inline-flex items-center rounded-full border border-brand-700 px-3 py-1 text-sm text-brand-900 no-underline hover:bg-brand-50";

type Props = { query: SearchQuery; result: Pick<SearchResult, "understood" | "facets"> };

/**
 * Words the search read as a country, level, kind or theme ("… in Sweden"):
 * they rank entries with that value first; each offers its filter as a chip,
 * or, when no result has that value, the value's own entries.
 */
export function UnderstoodFilters({ query, result }: Props) {
  const t = useTranslations("search.notices");
  const locale = useLocale();
  const offered = result.understood.filter(({ facet, value }) => !query.filters[facet].includes(value));
  if (offered.length === 0) return null;
  return (
    <ul className="space-y-2" aria-label={t("understoodLabel")}>
      {offered.map(({ word, facet, value }) => {
        const label = vocabularyLabel(facet, value, locale);
        const count = result.facets[facet].find((c) => c.value === value)?.count ?? 0;
        return (
          <li key={`${facet}-${value}`} className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            {count > 0 ? (
              <>
                <span>{t("readAsFirst", { word, facet, label, count })}</span>
                <Link href={searchPath({ ...query, filters: { ...query.filters, [facet]: [...query.filters[facet], value] }, page: 1 })} scroll={false} className={CHIP}>
                  {t("only", { label })}
                </Link>
              </>
            ) : (
              <>
                <span>{t("readAsNone", { word, facet, label })}</span>
                <Link href={searchPath({ filters: { ...query.filters, [facet]: [value] } })} className={CHIP}>
                  {t("allEntries", { label })}
                </Link>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
