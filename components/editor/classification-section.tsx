"use client";

import { COUNTRIES, LANGUAGES, LEVELS, THEMES } from "@/lib/catalogue/vocabularies";
import type { EditorContent } from "@/lib/submissions/form-data";
import { CheckboxGroup } from "./checkbox-group";
import { Section } from "./section";
import { SDGS } from "./sdgs";

// The five pickers, in the order the form shows them; long lists get a filter box.
const PICKERS = [
  { path: "countries", legend: "Countries", hint: "Every country where it runs or that it is about.", options: COUNTRIES, filterLabel: "Find a country" },
  { path: "levels", legend: "Education levels", options: LEVELS },
  { path: "themes", legend: "Themes", options: THEMES },
  { path: "languages", legend: "Languages", hint: "The languages its material or activities are offered in.", options: LANGUAGES, filterLabel: "Find a language" },
  { path: "sdgs", legend: "Sustainable Development Goals", options: SDGS },
] as const;

export function ClassificationSection({ values }: { values: EditorContent }) {
  return (
    <Section id="classification" title="Where and for whom" intro="These choices decide which filters and browsing pages the entry appears under.">
      {PICKERS.map((picker) => (
        <CheckboxGroup key={picker.path} {...picker} defaultValues={values[picker.path]} />
      ))}
    </Section>
  );
}
