"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/forms/action-state";
import { Field } from "./field";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";

type Action = (previous: ActionState, form: FormData) => Promise<ActionState>;

/** One email field and a button: "forgot password" and similar requests. */
export function EmailRequestForm({ action, submitLabel }: { action: Action; submitLabel: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert ok={state.ok} message={state.message} />
      <Field name="email" type="email" label="Email address" autoComplete="email" defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <SubmitButton pendingLabel="Sending…">{submitLabel}</SubmitButton>
    </form>
  );
}
