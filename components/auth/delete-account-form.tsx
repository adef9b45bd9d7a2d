"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/forms/action-state";
import { Field } from "./field";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";

type Action = (previous: ActionState, form: FormData) => Promise<ActionState>;

export function DeleteAccountForm({ action, email }: { action: Action; email: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert ok={state.ok} message={state.message} />
      <Field
        name="confirmEmail"
        type="email"
        label="Type your email address to confirm"
        hint={`This is ${email}.`}
        autoComplete="off"
        errors={state.fieldErrors?.confirmEmail}
      />
      <SubmitButton tone="danger" pendingLabel="Deleting…">
        Delete my account
      </SubmitButton>
    </form>
  );
}
