import Link from "next/link";
import { FACETS, FACET_LABELS, labelOf, type Facet } from "@/lib/catalogue/vocabularies";
import { hasFilters, searchPath } from "@/lib/search/query";
import type { SearchQuery } from "@/lib/search";

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
          <Link
            key={`${facet}-${value}`}
            href={withoutFilter(query, facet, value)}
            scroll={false}
            className="inline-flex items-center gap-1 rounded-full bg-brand-100 px-3 py-1 text-sm text-brand-900 no-underline hover:bg-brand-50"
            aria-label={`Remove filter ${FACET_LABELS[facet]}: ${labelOf(facet, value)}`}
          >
            <span className="text-slate-700">{FACET_LABELS[facet]}:</span> {labelOf(facet, value)}
            <span aria-hidden="true" className="ml-1 font-bold">
              ×
            </span>
          </Link>
        )),
      )}
      <Link href={searchPath({ q: query.q, sort: query.sort })} scroll={false} className="text-sm">
        Clear all filters
      </Link>
    </div>
  );
}
