import { getLocale, getTranslations } from "next-intl/server";
import { FACET_VOCABULARIES, type EntryFacet } from "@/lib/catalogue/vocabularies";
import { sortByLabel } from "@/lib/format/lists";
import { localisedPath, type Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import type { StatisticsSelection } from "@/lib/stats";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { checkboxItemsHtml } from "@/components/ui/static-html";

// A plain GET form: it works without JavaScript, and the URL it leads to is
// the selection, ready to share. Long vocabularies fold away until opened.

const ORDER: EntryFacet[] = ["kind", "level", "theme", "country"];

/** A facet's terms in the page's language: countries in its alphabet, the others in the vocabulary's order. */
function choicesOf(facet: EntryFacet, locale: Locale): { value: string; label: string }[] {
  const terms = FACET_VOCABULARIES[facet].map((term) => ({ value: term.value, label: vocabularyLabel(facet, term.value, locale) }));
  return facet === "country" ? sortByLabel(terms, (term) => term.label, locale) : terms;
}

function FacetChoices({ facet, name, choices, selected, chosenText }: { name: string; choices: { value: string; label: string }[]; selected: string[]; chosenText: string; facet: EntryFacet }) {
  const chosen = new Set(selected);
  return (
    <details open={chosen.size > 0} className="rounded-md border border-slate-200 px-3 py-2">
      <summary className="cursor-pointer text-sm font-semibold text-slate-900">
        {name}
        {chosen.size > 0 && <span className="font-normal text-slate-700"> {chosenText}</span>}
      </summary>
      <fieldset className="mt-2">
        <legend className="sr-only">{name}</legend>
        {/* Some eighty tick boxes on the page: one string of HTML each list (ADR 023), keyed by what is ticked. */}
        <ul
          key={selected.join(",")}
          className="grid gap-1.5 sm:grid-cols-2"
          dangerouslySetInnerHTML={{ __html: checkboxItemsHtml(facet, choices.map((c) => ({ ...c, checked: chosen.has(c.value) }))) }}
        />
      </fieldset>
    </details>
  );
}

export async function StatisticsFilterForm({ selection }: { selection: StatisticsSelection }) {
  const [t, facets, locale] = await Promise.all([getTranslations("statistics.form"), getTranslations("ui.facets"), getLocale()]);
  return (
    <form action={localisedPath(locale, "/statistics")} method="get" aria-labelledby="filter-heading" className="space-y-3">
      <h2 id="filter-heading" className="text-base font-semibold">
        {t("heading")}
      </h2>
      <div>
        <label htmlFor="statistics-q" className="block text-sm font-semibold text-slate-900">
          {t("words")}
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
        <FacetChoices
          key={facet}
          facet={facet}
          name={facets(facet)}
          choices={choicesOf(facet, locale)}
          selected={selection.filters[facet]}
          chosenText={t("chosen", { count: selection.filters[facet].length })}
        />
      ))}
      <p className="text-xs text-slate-700">{t("logic")}</p>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          {t("submit")}
        </button>
        <Link href="/statistics" className="text-sm">
          {t("whole")}
        </Link>
      </div>
    </form>
  );
}
