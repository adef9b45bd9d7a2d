"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/forms/action-state";
import { Field } from "./field";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";

type Action = (previous: ActionState, form: FormData) => Promise<ActionState>;

export function SignInForm({ action, callbackUrl }: { action: Action; callbackUrl: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert ok={state.ok} message={state.message} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field name="email" type="email" label="Email" autoComplete="email" defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <Field name="password" type="password" label="Password" autoComplete="current-password" errors={state.fieldErrors?.password} />
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
