"use client";

import Link from "next/link";
import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/forms/action-state";
import { Field } from "./field";
import { FormAlert } from "./form-alert";
import { ResendVerificationForm } from "./resend-verification-form";
import { SubmitButton } from "./submit-button";

type Action = (previous: ActionState, form: FormData) => Promise<ActionState>;

// The password is chosen here, by whoever holds the mailed link, never at sign-up:
// so nobody can prepare an account on someone else's address with a password of
// their own. Confirming takes a button press, so mail scanners that open links
// cannot use the token up.
export function VerifyEmailForm({ action, resendAction, token }: { action: Action; resendAction: Action; token: string }) {
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
        <Field name="password" type="password" label="Choose a password" autoComplete="new-password" hint="At least 10 characters. A few unrelated words make a good one." errors={state.fieldErrors?.password} />
        <Field name="confirm" type="password" label="The same password again" autoComplete="new-password" errors={state.fieldErrors?.confirm} />
        <SubmitButton pendingLabel="Confirming…">Confirm my email address</SubmitButton>
      </form>
      {linkFailed && <ResendVerificationForm action={resendAction} />}
    </div>
  );
}
