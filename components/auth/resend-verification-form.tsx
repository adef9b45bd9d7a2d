"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/forms/action-state";
import { Field } from "./field";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";

type Action = (previous: ActionState, form: FormData) => Promise<ActionState>;

export function ResendVerificationForm({ action, email = "" }: { action: Action; email?: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-4 rounded-md border border-slate-200 p-4" aria-labelledby="resend-heading" noValidate>
      <h2 id="resend-heading" className="text-lg font-semibold">
        Send a new confirmation link
      </h2>
      <FormAlert ok={state.ok} message={state.message} />
      <Field idPrefix="resend" name="email" type="email" label="Email address" autoComplete="email" defaultValue={state.values?.email ?? email} errors={state.fieldErrors?.email} />
      <SubmitButton pendingLabel="Sending…">Send a new link</SubmitButton>
    </form>
  );
}
