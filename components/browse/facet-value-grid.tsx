import { useLocale, useTranslations } from "next-intl";
import { labelCollator } from "@/lib/format/lists";
import { Link } from "@/lib/i18n/navigation";
import type { FacetValueCount } from "@/lib/search/browse";

export function FacetValueGrid({ values, href, emptyLabel }: { values: FacetValueCount[]; href: (value: string) => string; emptyLabel?: string }) {
  const t = useTranslations("browse");
  const compare = labelCollator(useLocale()).compare;
  const withEntries = values.filter((v) => v.count > 0).sort((a, b) => b.count - a.count || compare(a.label, b.label));
  const empty = values.filter((v) => v.count === 0);
  return (
    <>
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {withEntries.map((v) => (
          <li key={v.value}>
            <Link href={href(v.value)} className="flex justify-between rounded-md border no-underline border-slate-200 px-3 py-2 hover:border-brand-600">
              <span>{v.label}</span>
              <span className="text-slate-600">
                {t.rich("gridCount", { count: v.count, sr: (chunks) => <span className="sr-only">{chunks}</span> })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {empty.length > 0 && emptyLabel && (
        <section className="mt-8">
          <h2 className="text-base font-semibold">{emptyLabel}</h2>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {empty.map((v) => (
              <li key={v.value}>
                <Link href={href(v.value)}>{v.label}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
