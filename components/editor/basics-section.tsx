"use client";

import { KINDS, LANGUAGES } from "@/lib/catalogue/vocabularies";
import type { EditorContent } from "@/lib/submissions/form-data";
import { KIND_HINT, KindGuide } from "./kind-guide";
import { DescriptionField, type PreviewAction } from "./description-field";
import { Section } from "./section";
import { SelectField } from "./select-field";
import { TextField } from "./text-field";

type Props = { values: EditorContent; preview: PreviewAction; serverPreviewHtml: string | null };

export function BasicsSection({ values, preview, serverPreviewHtml }: Props) {
  return (
    <Section id="basics" title="The basics" intro="What people see first in search results.">
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <SelectField path="kind" label="Kind of entry" hint={KIND_HINT} options={KINDS} defaultValue={values.kind} required />
          <KindGuide className="mt-2" />
        </div>
        <SelectField
          path="titleLang"
          label="Language of the title"
          options={LANGUAGES.filter((l) => l.value !== "en")}
          emptyLabel="English"
          defaultValue={values.titleLang}
          hint="Choose another language only if the title is not in English."
        />
      </div>
      <TextField path="title" label="Title" required maxLength={300} defaultValue={values.title} hint="The name as the programme, resource or organisation uses it." />
      <TextField
        path="summary"
        label="Summary"
        required
        rows={3}
        maxLength={600}
        defaultValue={values.summary}
        hint="One or two sentences (20 to 600 characters) shown in search results."
      />
      <DescriptionField defaultValue={values.description} preview={preview} serverPreviewHtml={serverPreviewHtml} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField path="website" label="Website" type="url" defaultValue={values.website} hint="For example www.example.org: https:// is added for you." />
        <TextField path="sourceAuthor" label="Author or publisher" maxLength={300} defaultValue={values.sourceAuthor} hint="Mostly for publications and resources." />
      </div>
    </Section>
  );
}
