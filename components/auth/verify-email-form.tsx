"use client";

import Link from "next/link";
import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/forms/action-state";
import { FormAlert } from "./form-alert";
import { ResendVerificationForm } from "./resend-verification-form";
import { SubmitButton } from "./submit-button";

type Action = (previous: ActionState, form: FormData) => Promise<ActionState>;

// Confirming takes a button press: mail scanners that open links must not use the token up.
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
  return (
    <div className="space-y-6">
      <form action={formAction} className="space-y-4">
        <FormAlert ok={state.ok} message={state.message} />
        <input type="hidden" name="token" value={token} />
        <SubmitButton pendingLabel="Confirming…">Confirm my email address</SubmitButton>
      </form>
      {state.ok === false && <ResendVerificationForm action={resendAction} />}
    </div>
  );
}
