"use client";

import { COUNTRIES, LANGUAGES, LEVELS, THEMES } from "@/lib/catalogue/vocabularies";
import type { EditorContent } from "@/lib/submissions/form-data";
import { CheckboxGroup } from "./checkbox-group";
import { Section } from "./section";
import { SDGS } from "./sdgs";

export function ClassificationSection({ values }: { values: EditorContent }) {
  return (
    <Section id="classification" title="Where and for whom" intro="These choices decide which filters and browsing pages the entry appears under.">
      <CheckboxGroup
        path="countries"
        legend="Countries"
        hint="Every country where it runs or that it is about."
        options={COUNTRIES}
        defaultValues={values.countries}
        filterLabel="Find a country"
      />
      <CheckboxGroup path="levels" legend="Education levels" options={LEVELS} defaultValues={values.levels} />
      <CheckboxGroup path="themes" legend="Themes" options={THEMES} defaultValues={values.themes} />
      <CheckboxGroup
        path="languages"
        legend="Languages"
        hint="The languages its material or activities are offered in."
        options={LANGUAGES}
        defaultValues={values.languages}
        filterLabel="Find a language"
      />
      <CheckboxGroup path="sdgs" legend="Sustainable Development Goals" options={SDGS} defaultValues={values.sdgs} />
    </Section>
  );
}
