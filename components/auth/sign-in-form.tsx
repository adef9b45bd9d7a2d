"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { TextField } from "@/components/forms/text-field";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";

export function SignInForm({ action, callbackUrl }: { action: FormAction; callbackUrl: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  const t = useTranslations("auth");
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormOutcome state={state} shown={["email", "password"]} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField form="sign-in" name="email" type="email" label={t("form.email")} autoComplete="email" defaultValue={state.values.email} errors={state.fieldErrors.email} />
      <TextField form="sign-in" name="password" type="password" label={t("form.password")} autoComplete="current-password" errors={state.fieldErrors.password} />
      <SubmitButton pendingLabel={t("signIn.pending")}>{t("signIn.title")}</SubmitButton>
    </form>
  );
}
