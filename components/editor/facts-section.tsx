"use client";

import { useTranslations } from "next-intl";
import { STATUSES } from "@/lib/catalogue/vocabularies";
import type { EditorContent } from "@/lib/submissions/form-data";
import { describedBy, errorsAt, inputId } from "./field-ids";
import { useEditorMessages } from "./editor-context";
import { FieldError, ModeratorNote, noteId } from "./field-messages";
import { Section } from "./section";
import { SelectField } from "./select-field";
import { TextField } from "./text-field";

function ReachFieldset({ reach }: { reach: EditorContent["reach"] }) {
  const { errors, notes } = useEditorMessages();
  const messages = errorsAt(errors, "reach");
  const t = useTranslations("editor");
  return (
    <fieldset
      id={inputId("reach")}
      tabIndex={-1}
      aria-describedby={describedBy("reach", messages, notes.reach ? noteId("reach") : undefined)}
      className="rounded-md border border-slate-200 p-3"
    >
      <legend className="px-1 font-semibold">{t("fields.reach")}</legend>
      <ModeratorNote path="reach" note={notes.reach} />
      <FieldError path="reach" messages={messages} />
      <div className="grid gap-4 md:grid-cols-3">
        <TextField path="reach.participants" label={t("facts.participants")} type="number" min={0} step={1} defaultValue={reach?.participants} />
        <TextField path="reach.schools" label={t("facts.schools")} type="number" min={0} step={1} defaultValue={reach?.schools} />
        <TextField path="reach.girlsShare" label={t("facts.girlsShare")} type="number" min={0} max={100} step="any" defaultValue={reach?.girlsShare} />
      </div>
      <TextField path="reach.text" label={t("facts.reachText")} rows={2} maxLength={1000} defaultValue={reach?.text} className="mt-4" hint={t("facts.reachTextHint")} />
    </fieldset>
  );
}

export function FactsSection({ values }: { values: EditorContent }) {
  const t = useTranslations("editor");
  const statuses = STATUSES.map((s) => ({ value: s.value, label: t(`statuses.${s.value}`) }));
  return (
    <Section id="facts" title={t("facts.title")} intro={t("facts.intro")}>
      <div className="grid gap-4 md:grid-cols-3">
        <TextField path="yearStart" label={t("fields.yearStart")} type="number" min={1950} max={2100} step={1} defaultValue={values.yearStart} />
        <TextField path="yearEnd" label={t("fields.yearEnd")} type="number" min={1950} max={2100} step={1} defaultValue={values.yearEnd} />
        <SelectField path="status" label={t("fields.status")} options={statuses} emptyLabel={t("facts.notStated")} defaultValue={values.status} />
      </div>
      <ReachFieldset reach={values.reach} />
      <TextField path="impact" label={t("fields.impact")} rows={4} maxLength={3000} defaultValue={values.impact} hint={t("facts.impactHint")} />
      <div className="grid gap-4 md:grid-cols-3">
        <TextField path="funder" label={t("fields.funder")} maxLength={300} defaultValue={values.funder} />
        <TextField path="fundingModel" label={t("fields.fundingModel")} maxLength={300} defaultValue={values.fundingModel} hint={t("facts.fundingModelHint")} />
        <TextField path="budget" label={t("fields.budget")} maxLength={300} defaultValue={values.budget} hint={t("facts.budgetHint")} />
      </div>
    </Section>
  );
}
