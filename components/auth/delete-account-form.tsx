"use client";

import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { TextField } from "@/components/forms/text-field";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";

export function DeleteAccountForm({ action, email }: { action: FormAction; email: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormOutcome state={state} shown={["confirmEmail"]} />
      <TextField
        form="delete-account"
        name="confirmEmail"
        type="email"
        label="Type your email address to confirm"
        hint={`This is ${email}.`}
        autoComplete="off"
        errors={state.fieldErrors.confirmEmail}
      />
      <SubmitButton tone="danger" pendingLabel="Deleting…">
        Delete my account
      </SubmitButton>
    </form>
  );
}
