import { useLocale, useTranslations } from "next-intl";
import { FACETS } from "@/lib/catalogue/vocabularies";
import { Link } from "@/lib/i18n/navigation";
import { hasFilters, searchPath } from "@/lib/search/query";
import type { SearchQuery } from "@/lib/search";
import type { EmptySearchSuggestions } from "@/lib/search/suggestions";
import { facetValueLabel } from "@/lib/search/facet-value-labels";
import { withoutFilter } from "./active-filters";
import { EmptyState } from "@/components/ui/empty-state";

const SUGGESTION = "inline-block rounded border border-slate-300 px-3 py-1 text-sm";

type Props = { query: SearchQuery; suggestions?: EmptySearchSuggestions };

export function EmptyResults({ query, suggestions }: Props) {
  const t = useTranslations("search.empty");
  const locale = useLocale();
  const filtered = hasFilters(query.filters);
  const allCountries = suggestions?.allCountries ?? null;
  const q = query.q;
  return (
    <EmptyState
      className="wrap-anywhere"
      title={t("title")}
      message={
        <>
          {q && filtered && t("wordsWithFilters", { q })}
          {q && !filtered && t("words", { q })}
          {!q && filtered && t("filters")}
          {!q && !filtered && t("catalogue")}
        </>
      }
    >
      {filtered && (
        <>
          <p className="mt-4 text-sm font-semibold">{t("dropFilter")}</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {FACETS.flatMap((facet) =>
              query.filters[facet].map((value) => (
                <li key={`${facet}-${value}`}>
                  <Link href={withoutFilter(query, facet, value)} className={SUGGESTION}>
                    {t("without", { facet, label: facetValueLabel(facet, value, locale) })}
                  </Link>
                </li>
              )),
            )}
          </ul>
        </>
      )}
      {allCountries !== null && (
        <p className="mt-4 text-sm">
          <Link href={searchPath({ ...query, filters: { ...query.filters, country: [] }, page: 1 })}>{t("allCountries", { count: allCountries })}</Link>
        </p>
      )}
      {q && filtered && (
        <p className="mt-4 text-sm">
          <Link href={searchPath({ q })}>{t("allEntriesFor", { q })}</Link>
        </p>
      )}
      {q && (
        <p className="mt-2 text-sm">
          <Link href={searchPath({ filters: query.filters })}>{t("withoutText")}</Link>
        </p>
      )}
    </EmptyState>
  );
}
