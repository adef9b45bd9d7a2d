"use client";

import { useActionState } from "react";
import { FormAlert } from "./form-alert";
import { IDLE, type FormAction } from "./form-state";
import { ReasonField } from "./reason-field";

const FORM = "restore";

/** Puts an archived entry back on the site, with a reason for the record. */
export function RestoreForm({ action, slug }: { action: FormAction; slug: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="slug" value={slug} />
      <FormAlert state={state} shownInline={(key) => key === "reason"} labelOf={(key) => key} />
      <ReasonField form={FORM} defaultValue={state.values.reason ?? ""} messages={errors.reason} />
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? "Restoring…" : "Put it back on the site"}
      </button>
    </form>
  );
}
