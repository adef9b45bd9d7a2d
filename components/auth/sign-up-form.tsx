"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/forms/action-state";
import { Field } from "./field";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";

type Action = (previous: ActionState, form: FormData) => Promise<ActionState>;

export function SignUpForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, IDLE);
  if (state.ok) return <FormAlert ok message={state.message} />;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert ok={state.ok} message={state.message} />
      <Field name="name" label="Your name" autoComplete="name" defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <Field name="email" type="email" label="Email address" autoComplete="email" defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <SubmitButton pendingLabel="Creating your account…">Create account</SubmitButton>
    </form>
  );
}
