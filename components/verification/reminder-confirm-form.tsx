"use client";

import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";
import { Link } from "@/lib/i18n/navigation";

type Labels = { hint: string; submit: string; pending: string; seeEntry: string };

/**
 * The one click of a reminder's link: a form, so that only a person's POST
 * confirms (mail scanners only GET). Once it is done, the thanks and a link to
 * the entry take the button's place. Labels come from the page.
 */
export function ReminderConfirmForm({ action, token, entryHref, labels }: { action: FormAction; token: string; entryHref: string; labels: Labels }) {
  const [state, formAction] = useActionState(action, IDLE);
  if (state.status === "ok") {
    return (
      <div className="space-y-3">
        <FormOutcome state={state} />
        <p>
          <Link href={entryHref} className="font-semibold">
            {labels.seeEntry}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-3">
      <FormOutcome state={state} />
      <p className="text-slate-700">{labels.hint}</p>
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
    </form>
  );
}
