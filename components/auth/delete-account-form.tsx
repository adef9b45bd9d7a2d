"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { TextField } from "@/components/forms/text-field";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";

export function DeleteAccountForm({ action, email }: { action: FormAction; email: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  const t = useTranslations("auth.deleteAccount");
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormOutcome state={state} shown={["confirmEmail"]} />
      <TextField
        form="delete-account"
        name="confirmEmail"
        type="email"
        label={t("confirmLabel")}
        hint={t("confirmHint", { email })}
        autoComplete="off"
        errors={state.fieldErrors.confirmEmail}
      />
      <SubmitButton tone="danger" pendingLabel={t("pending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
