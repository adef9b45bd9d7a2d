import Link from "next/link";
import { FACETS, FACET_LABELS, labelOf, type Facet } from "@/lib/catalogue/vocabularies";
import { hasFilters, searchPath } from "@/lib/search/query";
import type { SearchQuery } from "@/lib/search";
import { FilterChip } from "./filter-chip";

/** Links to this search without one of its filter values. */
export function withoutFilter(query: SearchQuery, facet: Facet, value: string): string {
  const filters = { ...query.filters, [facet]: query.filters[facet].filter((v) => v !== value) };
  return searchPath({ ...query, filters, page: 1 });
}

export function ActiveFilters({ query }: { query: SearchQuery }) {
  if (!hasFilters(query.filters)) return null;
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label="Active filters" role="group">
      {FACETS.flatMap((facet) =>
        query.filters[facet].map((value) => (
          <FilterChip
            key={`${facet}-${value}`}
            href={withoutFilter(query, facet, value)}
            scroll={false}
            name={FACET_LABELS[facet]}
            label={`Remove filter ${FACET_LABELS[facet]}: ${labelOf(facet, value)}`}
          >
            {labelOf(facet, value)}
          </FilterChip>
        )),
      )}
      <Link href={searchPath({ q: query.q, sort: query.sort })} scroll={false} className="text-sm">
        Clear all filters
      </Link>
    </div>
  );
}
