"use client";

import { LANGUAGES } from "@/lib/catalogue/vocabularies";
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
  const rows: [string, TranslationValues][] = Object.entries(values.translations ?? {}).flatMap(([lang, t]) => (t ? [[lang, t]] : []));
  return (
    <Section
      id="translations"
      title="Translations"
      intro="Readers whose language has a translation see it instead of the original. Write it yourself or have it checked by a fluent speaker; the original stays as it is."
    >
      <RepeatableField
        path="translations"
        legend="Translations"
        hint="Choose a language, then give the title and summary in it; the description is optional. A translation into the entry's own language is not possible. Empty rows are ignored."
        initialRows={rows.length + SPARE_ROWS}
        rowName={(n) => `Translation ${n}`}
        removeLabel={(n) => `Remove translation ${n}`}
        addLabel="Add a translation"
        focusOnAdd="input"
      >
        {(i) => {
          const [lang, t] = rows[i] ?? ["", {}];
          return (
            <>
              <SelectField path={`translations.${i}.lang`} label="Language" options={LANGUAGES} emptyLabel="Choose a language" defaultValue={lang} markOptional={false} />
              <TextField path={`translations.${i}.title`} label="Title" defaultValue={t.title} maxLength={300} markOptional={false} />
              <TextField path={`translations.${i}.summary`} label="Summary" rows={3} maxLength={600} defaultValue={t.summary} className="md:col-span-2" markOptional={false} />
              <TextField
                path={`translations.${i}.description`}
                label="Description"
                rows={6}
                maxLength={20_000}
                defaultValue={t.description}
                className="md:col-span-2"
                hint="Optional. Markdown, like the original's; without it readers see the original description."
                markOptional={false}
              />
            </>
          );
        }}
      </RepeatableField>
    </Section>
  );
}
