import Link from "next/link";
import { FACET_LABELS, labelOf } from "@/lib/catalogue/vocabularies";
import { formatNumber } from "@/lib/format/numbers";
import { searchPath } from "@/lib/search/query";
import type { SearchQuery, SearchResult } from "@/lib/search";

const CHIP = "inline-flex items-center rounded-full border border-brand-700 px-3 py-1 text-sm text-brand-900 no-underline hover:bg-brand-50";

type Props = { query: SearchQuery; result: Pick<SearchResult, "understood" | "facets"> };

/**
 * Words the search read as a country, level, kind or theme ("… in Sweden"):
 * they rank entries with that value first; each offers its filter as a chip,
 * or, when no result has that value, the value's own entries.
 */
export function UnderstoodFilters({ query, result }: Props) {
  const offered = result.understood.filter(({ facet, value }) => !query.filters[facet].includes(value));
  if (offered.length === 0) return null;
  return (
    <ul className="space-y-2" aria-label="Filters your words suggest">
      {offered.map(({ word, facet, value }) => {
        const label = labelOf(facet, value);
        const count = result.facets[facet].find((c) => c.value === value)?.count ?? 0;
        const read = `“${word}” read as ${FACET_LABELS[facet].toLowerCase()} ${label}`;
        return (
          <li key={`${facet}-${value}`} className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            {count > 0 ? (
              <>
                <span>
                  {read}: {count === 1 ? "the entry with it comes" : `the ${formatNumber(count)} entries with it come`} first.
                </span>
                <Link href={searchPath({ ...query, filters: { ...query.filters, [facet]: [...query.filters[facet], value] }, page: 1 })} scroll={false} className={CHIP}>
                  Only {label}?
                </Link>
              </>
            ) : (
              <>
                <span>{read}, but no entry with it has your other words.</span>
                <Link href={searchPath({ filters: { ...query.filters, [facet]: [value] } })} className={CHIP}>
                  All entries: {label}
                </Link>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
