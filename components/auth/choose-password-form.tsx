"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { IDLE, isFailed, type FormAction } from "@/lib/forms/action-state";
import { TextField } from "@/components/forms/text-field";
import { FormOutcome } from "@/components/forms/form-outcome";
import { StatusMessage } from "@/components/forms/status-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Link } from "@/lib/i18n/navigation";

type Props = {
  action: FormAction;
  token: string;
  passwordLabel: string;
  passwordHint: string;
  submitLabel: string;
  pendingLabel: string;
  /** Shown below the form when the link itself failed (expired, used), not the password. */
  whenLinkFails?: ReactNode;
};

// Every mailed link that proves an address lands on this form, which chooses the
// password (lib/auth/choose-password.ts). Submitting takes a button press, so mail
// scanners that open links cannot use the token up.
export function ChoosePasswordForm({ action, token, passwordLabel, passwordHint, submitLabel, pendingLabel, whenLinkFails }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const t = useTranslations("auth");
  if (state.status === "ok") {
    return (
      <div className="space-y-4">
        <StatusMessage>{state.message}</StatusMessage>
        <Link href="/auth/sign-in">{t("signIn.title")}</Link>
      </div>
    );
  }
  // The token has no input: its problem is listed in the summary, which offers a new link below.
  const linkFailed = isFailed(state) && !state.fieldErrors.password && !state.fieldErrors.confirm;
  return (
    <div className="space-y-6">
      <form action={formAction} className="space-y-4" noValidate>
        <FormOutcome state={state} shown={["password", "confirm"]} />
        <input type="hidden" name="token" value={token} />
        <TextField form="password" name="password" type="password" label={passwordLabel} autoComplete="new-password" hint={passwordHint} errors={state.fieldErrors.password} />
        <TextField form="password" name="confirm" type="password" label={t("form.confirmPassword")} autoComplete="new-password" errors={state.fieldErrors.confirm} />
        <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
      </form>
      {linkFailed && whenLinkFails}
    </div>
  );
}
