"use client";

import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { ConflictNotice } from "@/components/forms/conflict-notice";
import { FieldError } from "@/components/forms/field-error";
import { FormOutcome } from "@/components/forms/form-outcome";
import { describedBy, errorId, fieldId } from "@/components/forms/ids";
import { SubmitButton } from "@/components/forms/submit-button";

const DECISION = fieldId("decision", "decision");
const COMMENT = fieldId("decision", "comment");

const OPTIONS = [
  { value: "approve", label: "Approve and publish", hint: "It becomes the published version straight away." },
  { value: "request_changes", label: "Request changes", hint: "It goes back to the organisation with your comments." },
  { value: "reject", label: "Reject", hint: "It is closed for good. The organisation sees your reason." },
];

export type CommentableField = { field: string; label: string; changed: boolean };

type Props = { action: FormAction; proposalId: string; expectedVersion: number; fields: CommentableField[] };

export function DecisionForm({ action, proposalId, expectedVersion, fields }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const errors = state.fieldErrors;
  const decisionErrors = errors.decision ? ["Choose one of the three decisions."] : undefined;
  const fieldCommentsOpen = fields.some((f) => state.values[`fieldComments.${f.field}`] || errors[`fieldComments.${f.field}`]);
  const labels = new Map(fields.map((f) => [f.field, f.label]));

  if (state.status === "conflict") {
    return (
      <ConflictNotice title="Your decision was not sent" message={state.message} reloadHref={`/moderation/${proposalId}`} reloadLabel="Reload this proposal" />
    );
  }

  return (
    <form action={formAction} className="space-y-5">
      <input type="hidden" name="proposalId" value={proposalId} />
      <input type="hidden" name="expectedVersion" value={expectedVersion} />
      <FormOutcome
        state={state}
        shown={(key) => key === "decision" || key === "comment" || key.startsWith("fieldComments.")}
        labelOf={(key) => labels.get(key.split(".")[0] ?? key) ?? key}
      />
      <fieldset aria-describedby={describedBy(decisionErrors && errorId(DECISION))}>
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
        <FieldError inputId={DECISION} messages={decisionErrors} />
      </fieldset>
      <div>
        <label htmlFor={COMMENT} className="font-semibold">
          Comment for the organisation <span className="font-normal">(required to request changes or to reject)</span>
        </label>
        <textarea
          id={COMMENT}
          name="comment"
          rows={5}
          maxLength={4000}
          defaultValue={state.values.comment ?? ""}
          aria-invalid={errors.comment ? true : undefined}
          aria-describedby={describedBy(errors.comment && errorId(COMMENT))}
          className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
        />
        <FieldError inputId={COMMENT} messages={errors.comment} />
      </div>
      <details open={fieldCommentsOpen} className="rounded-md border border-slate-200 p-3">
        <summary className="cursor-pointer font-semibold">Comment on specific fields</summary>
        <p className="mt-2 text-sm text-slate-600">Optional, and only sent when you request changes. Leave a box empty to say nothing about that field.</p>
        <div className="mt-3 grid gap-3 md:grid-cols-2">
          {fields.map((f) => {
            const key = `fieldComments.${f.field}`;
            const id = fieldId("fc", f.field);
            return (
              <div key={f.field}>
                <label htmlFor={id} className="text-sm font-semibold">
                  {f.label}
                  {f.changed && <span className="font-normal"> (changed)</span>}
                </label>
                <textarea
                  id={id}
                  name={key}
                  rows={2}
                  maxLength={2000}
                  defaultValue={state.values[key] ?? ""}
                  aria-invalid={errors[key] ? true : undefined}
                  aria-describedby={describedBy(errors[key] && errorId(id))}
                  className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1 text-sm"
                />
                <FieldError inputId={id} messages={errors[key]} />
              </div>
            );
          })}
        </div>
      </details>
      <SubmitButton pendingLabel="Sending…">Send decision</SubmitButton>
    </form>
  );
}
