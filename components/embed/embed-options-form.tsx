import { getLocale, getTranslations } from "next-intl/server";
import { FACETS, FACET_VOCABULARIES, type Facet } from "@/lib/catalogue/vocabularies";
import { localisedEmbedHeading } from "@/lib/embed/heading";
import { EMBED_MAX_HEADING, EMBED_MAX_LIMIT, type EmbedOptions } from "@/lib/embed/options";
import { sortByLabel } from "@/lib/format/lists";
import { languageName, LOCALES, type Locale } from "@/lib/i18n/locales";
import { facetValueLabel } from "@/lib/search/facet-value-labels";
import { EmbedInstantForm } from "./embed-instant-form";

const INPUT = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5";

type FacetTexts = { name: string; addAnother: string; another: string; any: string };

/** A facet's terms in the page's language: countries in its alphabet, the others in the vocabulary's order. */
function termsOf(facet: Facet, locale: Locale): { value: string; label: string }[] {
  const terms = FACET_VOCABULARIES[facet].map((term) => ({ value: term.value, label: facetValueLabel(facet, term.value, locale) }));
  return facet === "country" ? sortByLabel(terms, (term) => term.label, locale) : terms;
}

/** One facet: the values already chosen stay as ticked boxes; the select adds one more. */
function FacetChoice({ facet, terms, selected, texts }: { facet: Facet; terms: { value: string; label: string }[]; selected: string[]; texts: FacetTexts }) {
  return (
    <fieldset className="space-y-1">
      <legend className="font-semibold">{texts.name}</legend>
      {terms
        .filter((t) => selected.includes(t.value))
        .map((t) => (
          <label key={t.value} className="flex items-center gap-2">
            <input type="checkbox" name={facet} value={t.value} defaultChecked className="size-4" />
            {t.label}
          </label>
        ))}
      <label htmlFor={`embed-${facet}`} className="sr-only">
        {selected.length > 0 ? texts.addAnother : texts.name}
      </label>
      <select id={`embed-${facet}`} name={facet} defaultValue="" className={INPUT}>
        <option value="">{selected.length > 0 ? texts.another : texts.any}</option>
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
export async function EmbedOptionsForm({ options }: { options: EmbedOptions }) {
  const { query } = options;
  const [t, facetNames, locale, placeholder] = await Promise.all([
    getTranslations("embed.form"),
    getTranslations("ui.facets"),
    getLocale(),
    localisedEmbedHeading({ ...options, heading: null }),
  ]);
  const optional = <span className="font-normal text-slate-700">{t("optional")}</span>;
  return (
    <EmbedInstantForm labelledBy="embed-options-heading" className="space-y-4 rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm">
      <h2 id="embed-options-heading" className="text-base font-semibold">
        {t("heading")}
      </h2>
      <div>
        <label htmlFor="embed-q" className="font-semibold">
          {t("words")} {optional}
        </label>
        <input id="embed-q" name="q" type="search" defaultValue={query.q} className={INPUT} />
      </div>
      {FACETS.map((facet) => (
        <FacetChoice
          key={facet}
          facet={facet}
          terms={termsOf(facet, locale)}
          selected={query.filters[facet]}
          texts={{ name: facetNames(facet), addAnother: t(`addAnother.${facet}`), another: t("another"), any: t(`any.${facet}`) }}
        />
      ))}
      <div>
        <label htmlFor="embed-sort" className="font-semibold">
          {t("order")}
        </label>
        <select id="embed-sort" name="sort" defaultValue={query.sort} className={INPUT}>
          <option value="newest">{t("newest")}</option>
          <option value="title">{t("byTitle")}</option>
          {query.q && <option value="relevance">{t("relevance")}</option>}
        </select>
      </div>
      <div>
        <label htmlFor="embed-limit" className="font-semibold">
          {t("limit")}
        </label>
        <input id="embed-limit" name="limit" type="number" min={1} max={EMBED_MAX_LIMIT} defaultValue={options.limit} className={INPUT} />
      </div>
      <div>
        <label htmlFor="embed-lang" className="font-semibold">
          {t("language")}
        </label>
        <select id="embed-lang" name="lang" defaultValue={options.lang} aria-describedby="embed-lang-hint" className={INPUT}>
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {languageName(l)}
            </option>
          ))}
        </select>
        <p id="embed-lang-hint" className="mt-1 text-slate-700">
          {t("languageHint")}
        </p>
      </div>
      <div>
        <label htmlFor="embed-heading" className="font-semibold">
          {t("headingField")} {optional}
        </label>
        <input
          id="embed-heading"
          name="heading"
          type="text"
          maxLength={EMBED_MAX_HEADING}
          defaultValue={options.heading ?? ""}
          placeholder={placeholder}
          aria-describedby="embed-heading-hint"
          className={INPUT}
        />
        <p id="embed-heading-hint" className="mt-1 text-slate-700">
          {t("headingHint")}
        </p>
      </div>
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t("submit")}
      </button>
    </EmbedInstantForm>
  );
}
