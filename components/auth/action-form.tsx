"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/forms/action-state";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";

type Action = (previous: ActionState, form: FormData) => Promise<ActionState>;

/** A small form (hidden fields, perhaps a select) with one button and its outcome below it. */
export function ActionForm({
  action,
  submitLabel,
  children,
  tone = "primary",
  className = "flex flex-wrap items-end gap-3",
}: {
  action: Action;
  submitLabel: string;
  children?: React.ReactNode;
  tone?: "primary" | "danger";
  className?: string;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className={className}>
      {children}
      <SubmitButton tone={tone}>{submitLabel}</SubmitButton>
      {state.message && (
        <div className="basis-full">
          <FormAlert ok={state.ok} message={state.message} />
        </div>
      )}
    </form>
  );
}
