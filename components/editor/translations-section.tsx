"use client";

import { useLocale, useTranslations } from "next-intl";
import { LANGUAGES } from "@/lib/catalogue/vocabularies";
import { formatLanguage } from "@/lib/format/languages";
import { sortByLabel } from "@/lib/format/lists";
import { ORIGINAL_LANGUAGE } from "@/lib/catalogue/translations";
import type { EditorContent, TranslationValues } from "@/lib/submissions/form-data";
import { RepeatableField } from "./repeatable-field";
import { Section } from "./section";
import { SelectField } from "./select-field";
import { TextField } from "./text-field";

// The entry's title, summary and description in other languages, one row per
// language. They are part of the proposal, so a moderator reviews them with
// the rest (a diff row per language) and history keeps them.

// Without JavaScript one empty row waits below the filled ones.
const SPARE_ROWS = 1;

export function TranslationsSection({ values }: { values: EditorContent }) {
  const t = useTranslations("editor.translations");
  const locale = useLocale();
  const options = sortByLabel(
    LANGUAGES.filter((l) => l.value !== ORIGINAL_LANGUAGE).map((l) => ({ value: l.value, label: formatLanguage(l.value, locale) })),
    (o) => o.label,
    locale,
  );
  const rows: [string, TranslationValues][] = Object.entries(values.translations ?? {}).flatMap(([lang, v]) => (v ? [[lang, v]] : []));
  return (
    <Section id="translations" title={t("heading")} intro={t("intro")}>
      <RepeatableField
        path="translations"
        legend={t("legend")}
        hint={t("hint")}
        initialRows={rows.length + SPARE_ROWS}
        rowName={(n) => t("row", { n })}
        removeLabel={(n) => t("remove", { n })}
        addLabel={t("add")}
        focusOnAdd="input"
      >
        {(i) => {
          const [lang, v] = rows[i] ?? ["", {}];
          return (
            <>
              <SelectField path={`translations.${i}.lang`} label={t("language")} options={options} emptyLabel={t("chooseLanguage")} defaultValue={lang} markOptional={false} />
              <TextField path={`translations.${i}.title`} label={t("title")} defaultValue={v.title} maxLength={300} markOptional={false} />
              <TextField path={`translations.${i}.summary`} label={t("summary")} rows={3} maxLength={600} defaultValue={v.summary} className="md:col-span-2" markOptional={false} />
              <TextField
                path={`translations.${i}.description`}
                label={t("description")}
                rows={6}
                maxLength={20_000}
                defaultValue={v.description}
                className="md:col-span-2"
                hint={t("descriptionHint")}
                markOptional={false}
              />
            </>
          );
        }}
      </RepeatableField>
    </Section>
  );
}
