"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { FormOutcome } from "@/components/forms/form-outcome";
import { fieldId } from "@/components/forms/ids";
import { LabelledField } from "@/components/forms/labelled-field";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { INPUT_CLASS, TextField } from "@/components/forms/text-field";

type Props = {
  action: FormAction;
  slug: string;
  /** The rubric's levels with their names in the page's language, weakest first. */
  levels: { value: string; name: string }[];
  current: { level: string; justification: string; evidenceUrl: string } | null;
};

/** A moderator's assessment of the evidence behind an entry, against the published rubric. */
export function EvidenceForm({ action, slug, levels, current }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const t = useTranslations("moderation.evidence");
  const errors = state.fieldErrors;
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="slug" value={slug} />
      <FormOutcome state={state} shown={["level", "justification", "evidenceUrl"]} />
      <SelectField form="evidence" name="level" label={t("level")} errors={errors.level} defaultValue={state.values.level ?? current?.level ?? levels[0]?.value ?? ""} required>
        {levels.map((level) => (
          <option key={level.value} value={level.value}>
            {level.name}
          </option>
        ))}
        {current && <option value="none">{t("none")}</option>}
      </SelectField>
      <LabelledField id={fieldId("evidence", "justification")} label={t("justification")} hint={t("justificationHint")} errors={errors.justification}>
        {(aria) => (
          <textarea
            {...aria}
            name="justification"
            rows={4}
            required
            maxLength={2000}
            defaultValue={state.values.justification ?? current?.justification ?? ""}
            className={INPUT_CLASS}
          />
        )}
      </LabelledField>
      <TextField
        form="evidence"
        name="evidenceUrl"
        type="url"
        label={t("url")}
        defaultValue={state.values.evidenceUrl ?? current?.evidenceUrl ?? ""}
        errors={errors.evidenceUrl}
        required={false}
        maxLength={2000}
      />
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
