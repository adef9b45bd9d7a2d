"use client";

import { useActionState } from "react";
import { describedBy, FieldError } from "./field-error";
import { FormAlert } from "./form-alert";
import { IDLE, type FormAction } from "./form-state";
import { ReasonField } from "./reason-field";

const FORM = "archive";

export function ArchiveForm({ action, slug }: { action: FormAction; slug: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="slug" value={slug} />
      <FormAlert state={state} shownInline={(key) => key === "reason" || key === "confirm"} labelOf={(key) => key} />
      <ReasonField form={FORM} defaultValue={state.values.reason ?? ""} messages={errors.reason} />
      <div>
        <div className="flex items-start gap-2">
          <input
            id="archive-confirm"
            type="checkbox"
            name="confirm"
            value="yes"
            required
            aria-invalid={errors.confirm ? true : undefined}
            aria-describedby={describedBy(FORM, "confirm", errors.confirm)}
            className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
          />
          <label htmlFor="archive-confirm">I understand that the entry leaves the public site and search at once.</label>
        </div>
        <FieldError form={FORM} field="confirm" messages={errors.confirm} />
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-red-800 px-5 py-2 font-semibold text-white hover:bg-red-900 disabled:opacity-60">
        {pending ? "Archiving…" : "Archive this entry"}
      </button>
    </form>
  );
}
