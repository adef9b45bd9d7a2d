import Link from "next/link";
import { FACET_LABELS, labelOf } from "@/lib/catalogue/vocabularies";
import { searchPath } from "@/lib/search/query";
import type { SearchQuery, SearchResult } from "@/lib/search";

const CHIP = "inline-flex items-center rounded-full border border-brand-700 px-3 py-1 text-sm text-brand-900 no-underline hover:bg-brand-50";

/**
 * Words the search read as a country, level, kind or theme ("… in Sweden"):
 * they rank entries with that value first; each offers its filter as a chip.
 */
export function UnderstoodFilters({ query, understood }: { query: SearchQuery; understood: SearchResult["understood"] }) {
  const offered = understood.filter(({ facet, value }) => !query.filters[facet].includes(value));
  if (offered.length === 0) return null;
  return (
    <ul className="flex flex-wrap items-center gap-2" aria-label="Filters your words suggest">
      {offered.map(({ word, facet, value }) => {
        const label = labelOf(facet, value);
        const filters = { ...query.filters, [facet]: [...query.filters[facet], value] };
        return (
          <li key={`${facet}-${value}`} className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <span>
              “{word}” read as {FACET_LABELS[facet].toLowerCase()} {label}: those entries come first.
            </span>
            <Link href={searchPath({ ...query, filters, page: 1 })} scroll={false} className={CHIP}>
              Only {label}?
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
