"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/forms/action-state";
import { Field } from "./field";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";

type Action = (previous: ActionState, form: FormData) => Promise<ActionState>;

export function InviteForm({ action, organisationId }: { action: Action; organisationId: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="max-w-md space-y-4" noValidate>
      <FormAlert ok={state.ok} message={state.message} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <Field
        idPrefix="invite"
        name="email"
        type="email"
        label="Email address"
        hint="We mail them either way. Someone without a confirmed account becomes a member once they open the mailed link and choose a password."
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <SubmitButton pendingLabel="Adding…">Add member</SubmitButton>
    </form>
  );
}
