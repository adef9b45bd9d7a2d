"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { FrequencyOptions } from "./frequency-options";

type Props = {
  action: FormAction;
  /** The search as the alert keeps it (a query string). */
  search: string;
  /** Signed-in people name their alert; visitors give their address. */
  signedIn: boolean;
  defaultName: string;
};

/** "Get alerts" for one search. */
export function NewAlertForm({ action, search, signedIn, defaultName }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const t = useTranslations("alerts");
  const errors = state.fieldErrors;
  const sent = !signedIn && state.status === "ok";
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="search" value={search} />
      <FormOutcome state={state} shown={signedIn ? ["name", "frequency"] : ["email", "frequency"]} />
      {!sent && (
        <>
          {signedIn ? (
            <TextField form="alert" name="name" label={t("name")} hint={t("nameHint")} defaultValue={state.values.name ?? defaultName} errors={errors.name} maxLength={120} />
          ) : (
            <TextField form="alert" name="email" type="email" autoComplete="email" label={t("email")} hint={t("emailHint")} defaultValue={state.values.email ?? ""} errors={errors.email} maxLength={254} />
          )}
          <SelectField form="alert" name="frequency" label={t("frequency")} errors={errors.frequency} defaultValue={state.values.frequency ?? "daily"} required>
            <FrequencyOptions />
          </SelectField>
          <SubmitButton pendingLabel={signedIn ? t("saving") : t("subscribing")}>{signedIn ? t("save") : t("subscribe")}</SubmitButton>
        </>
      )}
    </form>
  );
}
