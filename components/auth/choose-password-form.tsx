"use client";

import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import { IDLE, type ActionState } from "@/lib/forms/action-state";
import { Field } from "./field";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";

type Action = (previous: ActionState, form: FormData) => Promise<ActionState>;

type Props = {
  action: Action;
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
  if (state.ok) {
    return (
      <div className="space-y-4">
        <FormAlert ok message={state.message} />
        <Link href="/auth/sign-in">Sign in</Link>
      </div>
    );
  }
  const tokenProblem = state.fieldErrors?.token;
  const linkFailed = state.ok === false && !state.fieldErrors?.password && !state.fieldErrors?.confirm;
  return (
    <div className="space-y-6">
      <form action={formAction} className="space-y-4" noValidate>
        <FormAlert ok={state.ok} message={tokenProblem ? tokenProblem.join(" ") : state.message} />
        <input type="hidden" name="token" value={token} />
        <Field name="password" type="password" label={passwordLabel} autoComplete="new-password" hint={passwordHint} errors={state.fieldErrors?.password} />
        <Field name="confirm" type="password" label="The same password again" autoComplete="new-password" errors={state.fieldErrors?.confirm} />
        <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
      </form>
      {linkFailed && whenLinkFails}
    </div>
  );
}
