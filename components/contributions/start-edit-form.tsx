"use client";

import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";

/** Labels come from the page, which renders this form on entry pages too, where the editor's words are not sent. */
export function StartEditForm({ action, slug, labels }: { action: FormAction; slug: string; labels: { start: string; opening: string } }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="space-y-4">
      <FormOutcome state={state} />
      <input type="hidden" name="slug" value={slug} />
      <SubmitButton pendingLabel={labels.opening}>{labels.start}</SubmitButton>
    </form>
  );
}
