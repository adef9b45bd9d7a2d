"use client";

import { useLocale, useTranslations } from "next-intl";
import type { EditorContent } from "@/lib/submissions/form-data";
import { KindGuide } from "./kind-guide";
import { DescriptionField, type PreviewAction } from "./description-field";
import { Section } from "./section";
import { SelectField } from "./select-field";
import { TextField } from "./text-field";
import { kindOptions, languageOptions } from "./vocabulary-options";

type Props = { values: EditorContent; preview: PreviewAction; serverPreviewHtml: string | null };

export function BasicsSection({ values, preview, serverPreviewHtml }: Props) {
  const t = useTranslations("editor");
  const locale = useLocale();
  return (
    <Section id="basics" title={t("basics.title")} intro={t("basics.intro")}>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <SelectField path="kind" label={t("basics.kind")} hint={t("kinds.hint")} options={kindOptions(locale)} defaultValue={values.kind} required />
          <KindGuide className="mt-2" />
        </div>
        <SelectField
          path="titleLang"
          label={t("fields.titleLang")}
          options={languageOptions(locale).filter((l) => l.value !== "en")}
          emptyLabel={t("basics.english")}
          defaultValue={values.titleLang}
          hint={t("basics.titleLangHint")}
        />
      </div>
      <TextField path="title" label={t("fields.title")} required maxLength={300} defaultValue={values.title} hint={t("basics.titleHint")} />
      <TextField
        path="summary"
        label={t("fields.summary")}
        required
        rows={3}
        maxLength={600}
        defaultValue={values.summary}
        hint={t("basics.summaryHint")}
      />
      <DescriptionField defaultValue={values.description} preview={preview} serverPreviewHtml={serverPreviewHtml} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField path="website" label={t("fields.website")} type="url" defaultValue={values.website} hint={t("basics.websiteHint")} />
        <TextField path="sourceAuthor" label={t("fields.sourceAuthor")} maxLength={300} defaultValue={values.sourceAuthor} hint={t("basics.sourceAuthorHint")} />
      </div>
    </Section>
  );
}
