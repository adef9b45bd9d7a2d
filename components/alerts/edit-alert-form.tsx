"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { FrequencyOptions } from "./frequency-options";

/** An alert's name and frequency. */
export function EditAlertForm({ action, alert }: { action: FormAction; alert: { id: string; name: string; frequency: string } }) {
  const [state, formAction] = useActionState(action, IDLE);
  const t = useTranslations("alerts");
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="id" value={alert.id} />
      <FormOutcome state={state} shown={["name", "frequency"]} />
      <TextField form="alert" name="name" label={t("name")} hint={t("nameHint")} defaultValue={state.values.name ?? alert.name} errors={state.fieldErrors.name} maxLength={120} />
      <SelectField form="alert" name="frequency" label={t("frequency")} errors={state.fieldErrors.frequency} defaultValue={state.values.frequency ?? alert.frequency} required>
        <FrequencyOptions />
      </SelectField>
      <SubmitButton pendingLabel={t("saving")}>{t("saveChanges")}</SubmitButton>
    </form>
  );
}
