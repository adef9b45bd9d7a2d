import { FACETS, FACET_LABELS, FACET_VOCABULARIES, type Facet } from "@/lib/catalogue/vocabularies";
import { EmbedInstantForm } from "./embed-instant-form";
import { EMBED_MAX_HEADING, EMBED_MAX_LIMIT, embedHeading, type EmbedOptions } from "@/lib/embed/options";

const INPUT = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5";

/** One facet: the values already chosen stay as ticked boxes; the select adds one more. */
function FacetChoice({ facet, selected }: { facet: Facet; selected: string[] }) {
  const terms = FACET_VOCABULARIES[facet];
  const label = FACET_LABELS[facet];
  return (
    <fieldset className="space-y-1">
      <legend className="font-semibold">{label}</legend>
      {terms
        .filter((t) => selected.includes(t.value))
        .map((t) => (
          <label key={t.value} className="flex items-center gap-2">
            <input type="checkbox" name={facet} value={t.value} defaultChecked className="size-4" />
            {t.label}
          </label>
        ))}
      <label htmlFor={`embed-${facet}`} className="sr-only">
        {selected.length > 0 ? `Add another ${label.toLowerCase()}` : label}
      </label>
      <select id={`embed-${facet}`} name={facet} defaultValue="" className={INPUT}>
        <option value="">{selected.length > 0 ? "Add another…" : `Any ${label.toLowerCase()}`}</option>
        {terms
          .filter((t) => !selected.includes(t.value))
          .map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
      </select>
    </fieldset>
  );
}

/** The options: the preview and code follow them as they change (with JavaScript), or on the button. */
export function EmbedOptionsForm({ options }: { options: EmbedOptions }) {
  const { query } = options;
  return (
    <EmbedInstantForm labelledBy="embed-options-heading" className="space-y-4 rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm">
      <h2 id="embed-options-heading" className="text-base font-semibold">
        Choose the entries
      </h2>
      <div>
        <label htmlFor="embed-q" className="font-semibold">
          Words to search for <span className="font-normal text-slate-700">(optional)</span>
        </label>
        <input id="embed-q" name="q" type="search" defaultValue={query.q} className={INPUT} />
      </div>
      {FACETS.map((facet) => (
        <FacetChoice key={facet} facet={facet} selected={query.filters[facet]} />
      ))}
      <div>
        <label htmlFor="embed-sort" className="font-semibold">
          Order
        </label>
        <select id="embed-sort" name="sort" defaultValue={query.sort} className={INPUT}>
          <option value="newest">Newest first</option>
          <option value="title">By title</option>
          {query.q && <option value="relevance">Best match</option>}
        </select>
      </div>
      <div>
        <label htmlFor="embed-limit" className="font-semibold">
          Number of entries
        </label>
        <input id="embed-limit" name="limit" type="number" min={1} max={EMBED_MAX_LIMIT} defaultValue={options.limit} className={INPUT} />
      </div>
      <div>
        <label htmlFor="embed-heading" className="font-semibold">
          Heading <span className="font-normal text-slate-700">(optional)</span>
        </label>
        <input
          id="embed-heading"
          name="heading"
          type="text"
          maxLength={EMBED_MAX_HEADING}
          defaultValue={options.heading ?? ""}
          placeholder={embedHeading({ ...options, heading: null })}
          aria-describedby="embed-heading-hint"
          className={INPUT}
        />
        <p id="embed-heading-hint" className="mt-1 text-slate-700">
          Without one, the list is named after its search.
        </p>
      </div>
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        Update the preview and code
      </button>
    </EmbedInstantForm>
  );
}
