import { useLocale, useTranslations } from "next-intl";
import { FACETS, type Facet } from "@/lib/catalogue/vocabularies";
import { Link } from "@/lib/i18n/navigation";
import { hasFilters, searchPath } from "@/lib/search/query";
import type { SearchQuery } from "@/lib/search";
import { facetValueLabel } from "@/lib/search/facet-value-labels";
import { FilterChip } from "./filter-chip";

/** Links to this search without one of its filter values. */
export function withoutFilter(query: SearchQuery, facet: Facet, value: string): string {
  const filters = { ...query.filters, [facet]: query.filters[facet].filter((v) => v !== value) };
  return searchPath({ ...query, filters, page: 1 });
}

export function ActiveFilters({ query }: { query: SearchQuery }) {
  const t = useTranslations("search.chips");
  const facetName = useTranslations("vocabulary.facet");
  const locale = useLocale();
  if (!hasFilters(query.filters)) return null;
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label={t("label")} role="group">
      {FACETS.flatMap((facet) =>
        query.filters[facet].map((value) => {
          const label = facetValueLabel(facet, value, locale);
          return (
            <FilterChip
              key={`${facet}-${value}`}
              href={withoutFilter(query, facet, value)}
              scroll={false}
              name={facetName(facet)}
              label={t("remove", { facet: facetName(facet), label })}
            >
              {label}
            </FilterChip>
          );
        }),
      )}
      <Link href={searchPath({ q: query.q, sort: query.sort })} scroll={false} className="text-sm">
        {t("clearAll")}
      </Link>
    </div>
  );
}
