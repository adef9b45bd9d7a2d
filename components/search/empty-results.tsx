import Link from "next/link";
import { FACETS, FACET_LABELS, labelOf } from "@/lib/catalogue/vocabularies";
import { formatNumber } from "@/lib/format/numbers";
import { hasFilters, searchPath } from "@/lib/search/query";
import type { SearchQuery } from "@/lib/search";
import type { EmptySearchSuggestions } from "@/lib/search/suggestions";
import { withoutFilter } from "./active-filters";
import { EmptyState } from "@/components/ui/empty-state";

const SUGGESTION = "inline-block rounded border border-slate-300 px-3 py-1 text-sm";

function entries(total: number): string {
  return total === 1 ? "1 entry" : `${formatNumber(total)} entries`;
}

type Props = { query: SearchQuery; suggestions?: EmptySearchSuggestions };

export function EmptyResults({ query, suggestions }: Props) {
  const filtered = hasFilters(query.filters);
  const allCountries = suggestions?.allCountries ?? null;
  return (
    <EmptyState
      className="wrap-anywhere"
      title="No entries found"
      message={
        <>
          {query.q && filtered && <>None of the words “{query.q}” matches an entry with the filters you chose.</>}
          {query.q && !filtered && <>No entry in the catalogue matches any of the words “{query.q}”. Check the spelling or try other words.</>}
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
                  <Link href={withoutFilter(query, facet, value)} className={SUGGESTION}>
                    Without {FACET_LABELS[facet].toLowerCase()} “{labelOf(facet, value)}”
                  </Link>
                </li>
              )),
            )}
          </ul>
        </>
      )}
      {allCountries !== null && (
        <p className="mt-4 text-sm">
          <Link href={searchPath({ ...query, filters: { ...query.filters, country: [] }, page: 1 })}>
            Search all countries ({allCountries === 0 ? "no entries either" : entries(allCountries)})
          </Link>
        </p>
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
