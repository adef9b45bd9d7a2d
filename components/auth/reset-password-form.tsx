"use client";

import Link from "next/link";
import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/forms/action-state";
import { Field } from "./field";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";

type Action = (previous: ActionState, form: FormData) => Promise<ActionState>;

export function ResetPasswordForm({ action, token }: { action: Action; token: string }) {
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
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert ok={state.ok} message={tokenProblem ? tokenProblem.join(" ") : state.message} />
      <input type="hidden" name="token" value={token} />
      <Field name="password" type="password" label="New password" autoComplete="new-password" hint="At least 10 characters." errors={state.fieldErrors?.password} />
      <Field name="confirm" type="password" label="The same password again" autoComplete="new-password" errors={state.fieldErrors?.confirm} />
      <SubmitButton pendingLabel="Saving…">Save my new password</SubmitButton>
    </form>
  );
}
