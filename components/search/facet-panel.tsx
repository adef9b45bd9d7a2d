import { FACETS, FACET_LABELS, type Facet } from "@/lib/catalogue/vocabularies";
import type { FacetCount } from "@/lib/search";

const VISIBLE = 8;

function FacetOption({ facet, option }: { facet: Facet; option: FacetCount }) {
  const id = `facet-${facet}-${option.value}`;
  return (
    <li className="flex items-center gap-2">
      <input
        id={id}
        type="checkbox"
        name={facet}
        value={option.value}
        defaultChecked={option.selected}
        className="h-4 w-4 accent-brand-700"
      />
      <label htmlFor={id} className="flex flex-1 justify-between gap-2 text-sm">
        <span>{option.label}</span>
        <span className="text-slate-600" aria-label={`${option.count} entries`}>
          {option.count}
        </span>
      </label>
    </li>
  );
}

function FacetGroup({ facet, options }: { facet: Facet; options: FacetCount[] }) {
  const visible = options.filter((o, i) => i < VISIBLE || o.selected);
  const more = options.filter((o, i) => i >= VISIBLE && !o.selected);
  return (
    <fieldset className="border-t border-slate-200 pt-3">
      <legend className="text-sm font-semibold text-slate-900">{FACET_LABELS[facet]}</legend>
      {options.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No values in these results.</p>
      ) : (
        <ul className="mt-2 space-y-1.5">
          {visible.map((o) => (
            <FacetOption key={o.value} facet={facet} option={o} />
          ))}
        </ul>
      )}
      {more.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm text-brand-700">
            {more.length} more {FACET_LABELS[facet].toLowerCase()} values
          </summary>
          <ul className="mt-2 space-y-1.5">
            {more.map((o) => (
              <FacetOption key={o.value} facet={facet} option={o} />
            ))}
          </ul>
        </details>
      )}
    </fieldset>
  );
}

export function FacetPanel({ facets }: { facets: Record<Facet, FacetCount[]> }) {
  return (
    <div className="space-y-4">
      <h2 className="text-base font-semibold">Filter results</h2>
      {(["kind", ...FACETS.filter((f) => f !== "kind")] as const).map((facet) => (
        <FacetGroup key={facet} facet={facet} options={facets[facet]} />
      ))}
      <button type="submit" className="w-full rounded-md border border-brand-700 px-3 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">
        Apply filters
      </button>
    </div>
  );
}
