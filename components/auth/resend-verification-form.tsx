"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { TextField } from "@/components/forms/text-field";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";

export function ResendVerificationForm({ action, email = "" }: { action: FormAction; email?: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  const t = useTranslations("auth");
  return (
    <form action={formAction} className="space-y-4 rounded-md border border-slate-200 p-4" aria-labelledby="resend-heading" noValidate>
      <h2 id="resend-heading" className="text-lg font-semibold">
        {t("resend.heading")}
      </h2>
      <FormOutcome state={state} shown={["email"]} />
      <TextField form="resend" name="email" type="email" label={t("form.emailAddress")} autoComplete="email" defaultValue={state.values.email ?? email} errors={state.fieldErrors.email} />
      <SubmitButton pendingLabel={t("form.sending")}>{t("resend.submit")}</SubmitButton>
    </form>
  );
}
