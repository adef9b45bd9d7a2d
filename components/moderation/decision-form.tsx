"use client";

import { useActionState } from "react";
import { describedBy, FieldError } from "./field-error";
import { FormAlert } from "./form-alert";
import { IDLE, type FormAction } from "./form-state";

const FORM = "decision";

const OPTIONS = [
  { value: "approve", label: "Approve and publish", hint: "It becomes the published version straight away." },
  { value: "request_changes", label: "Request changes", hint: "It goes back to the organisation with your comments." },
  { value: "reject", label: "Reject", hint: "It is closed for good. The organisation sees your reason." },
];

export type CommentableField = { field: string; label: string; changed: boolean };

type Props = { action: FormAction; proposalId: string; expectedVersion: number; fields: CommentableField[] };

export function DecisionForm({ action, proposalId, expectedVersion, fields }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const errors = state.fieldErrors;
  const decisionErrors = errors.decision ? ["Choose one of the three decisions."] : undefined;
  const fieldCommentsOpen = fields.some((f) => state.values[`fieldComments.${f.field}`] || errors[`fieldComments.${f.field}`]);
  const labels = new Map(fields.map((f) => [f.field, f.label]));

  if (state.code === "conflict") {
    return (
      <div role="alert" className="rounded-md border-2 border-red-800 bg-red-50 p-4 text-red-900">
        <p className="text-lg font-semibold">{state.message}</p>
        <p className="mt-2">
          {/* A full reload, so the page shows the proposal as it is now, not as it was. */}
          <a href={`/moderation/${proposalId}`} className="font-semibold">
            Reload this proposal
          </a>
        </p>
      </div>
    );
  }

  return (
    <form action={formAction} className="space-y-5">
      <input type="hidden" name="proposalId" value={proposalId} />
      <input type="hidden" name="expectedVersion" value={expectedVersion} />
      <FormAlert
        state={state}
        shownInline={(key) => key === "decision" || key === "comment" || key.startsWith("fieldComments.")}
        labelOf={(key) => labels.get(key.split(".")[0] ?? key) ?? key}
      />
      <fieldset aria-describedby={describedBy(FORM, "decision", decisionErrors)}>
        <legend className="font-semibold">Your decision</legend>
        <div className="mt-2 space-y-2">
          {OPTIONS.map((o) => (
            <div key={o.value} className="flex gap-2">
              <input
                type="radio"
                id={`decision-${o.value}`}
                name="decision"
                value={o.value}
                required
                defaultChecked={state.values.decision === o.value}
                aria-describedby={`decision-${o.value}-hint`}
                className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
              />
              <div>
                <label htmlFor={`decision-${o.value}`} className="font-semibold">
                  {o.label}
                </label>
                <p id={`decision-${o.value}-hint`} className="text-sm text-slate-600">
                  {o.hint}
                </p>
              </div>
            </div>
          ))}
        </div>
        <FieldError form={FORM} field="decision" messages={decisionErrors} />
      </fieldset>
      <div>
        <label htmlFor="decision-comment" className="font-semibold">
          Comment for the organisation <span className="font-normal">(required to request changes or to reject)</span>
        </label>
        <textarea
          id="decision-comment"
          name="comment"
          rows={5}
          maxLength={4000}
          defaultValue={state.values.comment ?? ""}
          aria-invalid={errors.comment ? true : undefined}
          aria-describedby={describedBy(FORM, "comment", errors.comment)}
          className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
        />
        <FieldError form={FORM} field="comment" messages={errors.comment} />
      </div>
      <details open={fieldCommentsOpen} className="rounded-md border border-slate-200 p-3">
        <summary className="cursor-pointer font-semibold">Comment on specific fields</summary>
        <p className="mt-2 text-sm text-slate-600">Optional, and only sent when you request changes. Leave a box empty to say nothing about that field.</p>
        <div className="mt-3 grid gap-3 md:grid-cols-2">
          {fields.map((f) => {
            const key = `fieldComments.${f.field}`;
            return (
              <div key={f.field}>
                <label htmlFor={`fc-${f.field}`} className="text-sm font-semibold">
                  {f.label}
                  {f.changed && <span className="font-normal"> (changed)</span>}
                </label>
                <textarea
                  id={`fc-${f.field}`}
                  name={key}
                  rows={2}
                  maxLength={2000}
                  defaultValue={state.values[key] ?? ""}
                  aria-invalid={errors[key] ? true : undefined}
                  aria-describedby={describedBy(FORM, key, errors[key])}
                  className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1 text-sm"
                />
                <FieldError form={FORM} field={key} messages={errors[key]} />
              </div>
            );
          })}
        </div>
      </details>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? "Sending…" : "Send decision"}
      </button>
    </form>
  );
}
