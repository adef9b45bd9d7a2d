import Link from "next/link";
import { FACETS, FACET_LABELS, labelOf, type Facet } from "@/lib/catalogue/vocabularies";
import { isWholeCatalogue, statisticsPath, type StatisticsSelection } from "@/lib/stats";

function without(selection: StatisticsSelection, facet: Facet, value: string): string {
  return statisticsPath({ ...selection, filters: { ...selection.filters, [facet]: selection.filters[facet].filter((v) => v !== value) } });
}

const chip = "inline-flex items-center gap-1 rounded-full bg-brand-100 px-3 py-1 text-sm text-brand-900 no-underline hover:bg-brand-50";

/** The selection's filters, each a link to the same statistics without it. */
export function ActiveSelection({ selection }: { selection: StatisticsSelection }) {
  if (isWholeCatalogue(selection)) return null;
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label="Active filters" role="group">
      {selection.q && (
        <Link href={statisticsPath({ ...selection, q: "" })} className={chip} aria-label={`Remove the words “${selection.q}”`}>
          <span className="text-slate-700">Words:</span> “{selection.q}”
          <span aria-hidden="true" className="ml-1 font-bold">
            ×
          </span>
        </Link>
      )}
      {FACETS.flatMap((facet) =>
        selection.filters[facet].map((value) => (
          <Link
            key={`${facet}-${value}`}
            href={without(selection, facet, value)}
            className={chip}
            aria-label={`Remove filter ${FACET_LABELS[facet]}: ${labelOf(facet, value)}`}
          >
            <span className="text-slate-700">{FACET_LABELS[facet]}:</span> {labelOf(facet, value)}
            <span aria-hidden="true" className="ml-1 font-bold">
              ×
            </span>
          </Link>
        )),
      )}
      <Link href="/statistics" className="text-sm">
        Clear all filters
      </Link>
    </div>
  );
}
