"use client";

import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";

type Labels = { submit: string; pending: string };

/** "Still accurate": one button; its outcome (the new date, or why not) is said below it. Labels come from the page, as the entry page sends no form namespaces. */
export function ConfirmAccurateForm({ action, slug, labels, hint, subject }: { action: FormAction; slug: string; labels: Labels; hint?: string; subject?: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-3 print:hidden">
      {hint && <p className="text-sm text-slate-700">{hint}</p>}
      <input type="hidden" name="slug" value={slug} />
      <SubmitButton pendingLabel={labels.pending}>
        {labels.submit}
        {/* In a table of entries, each button says which entry it confirms. */}
        {subject && <span className="sr-only">: {subject}</span>}
      </SubmitButton>
      <FormOutcome state={state} />
    </form>
  );
}
