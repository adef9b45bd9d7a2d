"use client";

import { useActionState } from "react";
import { restoreEntryAction } from "@/app/moderation/actions";
import { describedBy, FieldError } from "./field-error";
import { FormAlert } from "./form-alert";
import { IDLE } from "./form-state";

const FORM = "restore";

/** Puts an archived entry back on the site, with a reason for the record. */
export function RestoreForm({ slug }: { slug: string }) {
  const [state, formAction, pending] = useActionState(restoreEntryAction, IDLE);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="slug" value={slug} />
      <FormAlert state={state} shownInline={(key) => key === "reason"} labelOf={(key) => key} />
      <div>
        <label htmlFor="restore-reason" className="font-semibold">
          Reason <span className="font-normal">(required; the organisation will see it)</span>
        </label>
        <textarea
          id="restore-reason"
          name="reason"
          rows={3}
          required
          maxLength={2000}
          defaultValue={state.values.reason ?? ""}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={describedBy(FORM, "reason", errors.reason)}
          className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
        />
        <FieldError form={FORM} field="reason" messages={errors.reason} />
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? "Restoring…" : "Put it back on the site"}
      </button>
    </form>
  );
}
