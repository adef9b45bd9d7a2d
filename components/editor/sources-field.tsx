"use client";

import { useTranslations } from "next-intl";
import type { SourceRow } from "@/lib/submissions/form-data";
import { TextField } from "./text-field";
import { RepeatableField } from "./repeatable-field";

// Without JavaScript two empty rows wait below the filled ones.
const SPARE_ROWS = 2;

export function SourcesField({ sources }: { sources: SourceRow[] }) {
  const t = useTranslations("editor.sources");
  return (
    <RepeatableField
      path="sources"
      legend={t("legend")}
      hint={t("hint")}
      initialRows={sources.length + SPARE_ROWS}
      rowName={(n) => t("row", { n })}
      removeLabel={(n) => t("remove", { n })}
      addLabel={t("add")}
      focusOnAdd="input"
    >
      {(i) => (
        <>
          <TextField path={`sources.${i}.title`} label={t("title")} defaultValue={sources[i]?.title} maxLength={300} markOptional={false} />
          <TextField path={`sources.${i}.url`} label={t("url")} type="url" defaultValue={sources[i]?.url} hint={t("urlHint")} markOptional={false} />
          <TextField path={`sources.${i}.note`} label={t("note")} defaultValue={sources[i]?.note} maxLength={500} className="md:col-span-2" hint={t("noteHint")} markOptional={false} />
        </>
      )}
    </RepeatableField>
  );
}
