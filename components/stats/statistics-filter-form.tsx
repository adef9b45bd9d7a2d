import Link from "next/link";
import { FACET_LABELS, FACET_VOCABULARIES, type Facet } from "@/lib/catalogue/vocabularies";
import type { StatisticsSelection } from "@/lib/stats";

// A plain GET form: it works without JavaScript, and the URL it leads to is
// the selection, ready to share. Long vocabularies fold away until opened.

const ORDER: Facet[] = ["kind", "level", "theme", "country"];

function FacetChoices({ facet, selected }: { facet: Facet; selected: string[] }) {
  const chosen = new Set(selected);
  const name = FACET_LABELS[facet];
  return (
    <details open={chosen.size > 0} className="rounded-md border border-slate-200 px-3 py-2">
      <summary className="cursor-pointer text-sm font-semibold text-slate-900">
        {name}
        {chosen.size > 0 && <span className="font-normal text-slate-700"> ({chosen.size} chosen)</span>}
      </summary>
      <fieldset className="mt-2">
        <legend className="sr-only">{name}</legend>
        <ul className="grid gap-1.5 sm:grid-cols-2">
          {FACET_VOCABULARIES[facet].map((t) => (
            <li key={t.value}>
              <label className="facet-option">
                <input type="checkbox" name={facet} value={t.value} defaultChecked={chosen.has(t.value)} />
                {t.label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </details>
  );
}

export function StatisticsFilterForm({ selection }: { selection: StatisticsSelection }) {
  return (
    <form action="/statistics" method="get" aria-labelledby="filter-heading" className="space-y-3">
      <h2 id="filter-heading" className="text-base font-semibold">
        Choose which entries to count
      </h2>
      <div>
        <label htmlFor="statistics-q" className="block text-sm font-semibold text-slate-900">
          Words
        </label>
        <input
          id="statistics-q"
          type="search"
          name="q"
          defaultValue={selection.q}
          maxLength={200}
          autoComplete="off"
          className="mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900"
        />
      </div>
      {ORDER.map((facet) => (
        <FacetChoices key={facet} facet={facet} selected={selection.filters[facet]} />
      ))}
      <p className="text-xs text-slate-700">Within one group any of the chosen values counts; across groups, all must hold.</p>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          Show statistics
        </button>
        <Link href="/statistics" className="text-sm">
          Whole catalogue
        </Link>
      </div>
    </form>
  );
}
