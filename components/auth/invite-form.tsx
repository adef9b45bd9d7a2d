"use client";

import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { TextField } from "@/components/forms/text-field";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";

export function InviteForm({ action, organisationId }: { action: FormAction; organisationId: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="max-w-md space-y-4" noValidate>
      <FormOutcome state={state} shown={["email"]} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <TextField
        form="invite"
        name="email"
        type="email"
        label="Email address"
        hint="We mail them either way. Someone without a confirmed account becomes a member once they open the mailed link and choose a password."
        defaultValue={state.values.email}
        errors={state.fieldErrors.email}
      />
      <SubmitButton pendingLabel="Adding…">Add member</SubmitButton>
    </form>
  );
}
