"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { TextField } from "@/components/forms/text-field";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";

/** One email field and a button: "forgot password" and similar requests. */
export function EmailRequestForm({ action, submitLabel }: { action: FormAction; submitLabel: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  const t = useTranslations("auth.form");
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormOutcome state={state} shown={["email"]} />
      <TextField form="request" name="email" type="email" label={t("emailAddress")} autoComplete="email" defaultValue={state.values.email} errors={state.fieldErrors.email} />
      <SubmitButton pendingLabel={t("sending")}>{submitLabel}</SubmitButton>
    </form>
  );
}
