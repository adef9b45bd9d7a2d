import Link from "next/link";
import { FACETS, FACET_LABELS, labelOf, type Facet } from "@/lib/catalogue/vocabularies";
import { isWholeCatalogue, statisticsPath, type StatisticsSelection } from "@/lib/stats";
import { FilterChip } from "@/components/search/filter-chip";

function without(selection: StatisticsSelection, facet: Facet, value: string): string {
  return statisticsPath({ ...selection, filters: { ...selection.filters, [facet]: selection.filters[facet].filter((v) => v !== value) } });
}

/** The selection's filters, each a link to the same statistics without it. */
export function ActiveSelection({ selection }: { selection: StatisticsSelection }) {
  if (isWholeCatalogue(selection)) return null;
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label="Active filters" role="group">
      {selection.q && (
        <FilterChip href={statisticsPath({ ...selection, q: "" })} name="Words" label={`Remove the words “${selection.q}”`}>
          “{selection.q}”
        </FilterChip>
      )}
      {FACETS.flatMap((facet) =>
        selection.filters[facet].map((value) => (
          <FilterChip
            key={`${facet}-${value}`}
            href={without(selection, facet, value)}
            name={FACET_LABELS[facet]}
            label={`Remove filter ${FACET_LABELS[facet]}: ${labelOf(facet, value)}`}
          >
            {labelOf(facet, value)}
          </FilterChip>
        )),
      )}
      <Link href="/statistics" className="text-sm">
        Clear all filters
      </Link>
    </div>
  );
}
