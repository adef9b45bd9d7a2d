"use client";

import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { FormOutcome } from "./form-outcome";
import { SubmitButton } from "./submit-button";

/** A small form (hidden fields, perhaps a select) with one button and its outcome below it. */
export function ActionForm({
  action,
  submitLabel,
  children,
  tone = "primary",
  className = "flex flex-wrap items-end gap-3",
}: {
  action: FormAction;
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
          <FormOutcome state={state} />
        </div>
      )}
    </form>
  );
}
