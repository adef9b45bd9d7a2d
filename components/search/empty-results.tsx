import Link from "next/link";
import { FACETS, FACET_LABELS, labelOf } from "@/lib/catalogue/vocabularies";
import { hasFilters, searchPath } from "@/lib/search/query";
import type { SearchQuery } from "@/lib/search";
import { withoutFilter } from "./active-filters";
import { EmptyState } from "@/components/ui/empty-state";

export function EmptyResults({ query }: { query: SearchQuery }) {
  const filtered = hasFilters(query.filters);
  return (
    <EmptyState
      title="No entries found"
      message={
        <>
          {query.q && filtered && <>Nothing matches “{query.q}” together with the filters you chose.</>}
          {query.q && !filtered && <>Nothing in the catalogue matches “{query.q}”. Check the spelling or try fewer or broader words.</>}
          {!query.q && filtered && <>No entry has this combination of filters.</>}
          {!query.q && !filtered && <>The catalogue has no entries yet.</>}
        </>
      }
    >
      {filtered && (
        <>
          <p className="mt-4 text-sm font-semibold">Try dropping a filter:</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {FACETS.flatMap((facet) =>
              query.filters[facet].map((value) => (
                <li key={`${facet}-${value}`}>
                  <Link href={withoutFilter(query, facet, value)} className="rounded border border-slate-300 px-3 py-1 text-sm">
                    Without {FACET_LABELS[facet].toLowerCase()} “{labelOf(facet, value)}”
                  </Link>
                </li>
              )),
            )}
          </ul>
        </>
      )}
      {query.q && filtered && (
        <p className="mt-4 text-sm">
          <Link href={searchPath({ q: query.q })}>Search all entries for “{query.q}”</Link>
        </p>
      )}
      {query.q && (
        <p className="mt-2 text-sm">
          <Link href={searchPath({ filters: query.filters })}>Browse without the search text</Link>
        </p>
      )}
    </EmptyState>
  );
}
