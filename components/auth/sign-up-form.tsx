"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { TextField } from "@/components/forms/text-field";
import { FormOutcome } from "@/components/forms/form-outcome";
import { StatusMessage } from "@/components/forms/status-message";
import { SubmitButton } from "@/components/forms/submit-button";

export function SignUpForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, IDLE);
  const t = useTranslations("auth");
  if (state.status === "ok") return <StatusMessage>{state.message}</StatusMessage>;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormOutcome state={state} shown={["name", "email"]} />
      <TextField form="sign-up" name="name" label={t("form.yourName")} autoComplete="name" defaultValue={state.values.name} errors={state.fieldErrors.name} />
      <TextField form="sign-up" name="email" type="email" label={t("form.emailAddress")} autoComplete="email" defaultValue={state.values.email} errors={state.fieldErrors.email} />
      <SubmitButton pendingLabel={t("signUp.pending")}>{t("signUp.submit")}</SubmitButton>
    </form>
  );
}
