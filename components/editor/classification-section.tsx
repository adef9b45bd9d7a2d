"use client";

import { useLocale, useTranslations } from "next-intl";
import type { EditorContent } from "@/lib/submissions/form-data";
import { CheckboxGroup } from "./checkbox-group";
import { Section } from "./section";
import { SDG_NUMBERS } from "./sdgs";
import { countryOptions, languageOptions, levelOptions, themeOptions } from "./vocabulary-options";

export function ClassificationSection({ values }: { values: EditorContent }) {
  const t = useTranslations("editor");
  const locale = useLocale();
  const sdgs = SDG_NUMBERS.map((n) => ({ value: n, label: `${n}. ${t(`sdgs.${n}`)}` }));
  // The five pickers, in the order the form shows them; long lists get a filter box.
  const pickers = [
    { path: "countries", legend: t("fields.countries"), hint: t("classification.countriesHint"), options: countryOptions(locale), filterLabel: t("classification.findCountry") },
    { path: "levels", legend: t("fields.levels"), options: levelOptions(locale) },
    { path: "themes", legend: t("fields.themes"), options: themeOptions(locale) },
    {
      path: "languages",
      legend: t("fields.languages"),
      hint: t("classification.languagesHint"),
      options: languageOptions(locale),
      filterLabel: t("classification.findLanguage"),
    },
    { path: "sdgs", legend: t("fields.sdgs"), options: sdgs },
  ] as const;
  return (
    <Section id="classification" title={t("classification.title")} intro={t("classification.intro")}>
      {pickers.map((picker) => (
        <CheckboxGroup key={picker.path} {...picker} defaultValues={values[picker.path]} />
      ))}
    </Section>
  );
}
