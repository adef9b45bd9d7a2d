"use client";

import { COUNTRIES, LANGUAGES, LEVELS, THEMES } from "@/lib/catalogue/vocabularies";
import type { EditorContent } from "@/lib/submissions/form-data";
import { CheckboxGroup } from "./checkbox-group";
import { Section } from "./section";
import { SDGS } from "./sdgs";

type Group = {
  path: "countries" | "levels" | "themes" | "languages" | "sdgs";
  legend: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  filterLabel?: string;
};

// Long lists (countries, languages) get a filter box.
const GROUPS: Group[] = [
  { path: "countries", legend: "Countries", hint: "Every country where it runs or that it is about.", options: COUNTRIES, filterLabel: "Find a country" },
  { path: "levels", legend: "Education levels", options: LEVELS },
  { path: "themes", legend: "Themes", options: THEMES },
  { path: "languages", legend: "Languages", hint: "The languages its material or activities are offered in.", options: LANGUAGES, filterLabel: "Find a language" },
  { path: "sdgs", legend: "Sustainable Development Goals", options: SDGS },
];

export function ClassificationSection({ values }: { values: EditorContent }) {
  return (
    <Section id="classification" title="Where and for whom" intro="These choices decide which filters and browsing pages the entry appears under.">
      {GROUPS.map((group) => (
        <CheckboxGroup key={group.path} {...group} defaultValues={values[group.path]} />
      ))}
    </Section>
  );
}
