"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { localisedPath } from "@/lib/i18n/locales";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { ConflictNotice } from "@/components/forms/conflict-notice";
import { FieldError } from "@/components/forms/field-error";
import { FormOutcome } from "@/components/forms/form-outcome";
import { describedBy, errorId, fieldId } from "@/components/forms/ids";
import { SubmitButton } from "@/components/forms/submit-button";

const DECISION = fieldId("decision", "decision");
const COMMENT = fieldId("decision", "comment");

// The decisions as the form sends them, and their keys in the catalogue (moderation.decision.options).
const OPTIONS = [
  { value: "approve", key: "approve" },
  { value: "request_changes", key: "requestChanges" },
  { value: "reject", key: "reject" },
] as const;

export type CommentableField = { field: string; label: string; changed: boolean };

type Props = { action: FormAction; proposalId: string; expectedVersion: number; fields: CommentableField[] };

export function DecisionForm({ action, proposalId, expectedVersion, fields }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const t = useTranslations("moderation.decision");
  const locale = useLocale();
  const errors = state.fieldErrors;
  const decisionErrors = errors.decision ? [t("chooseOne")] : undefined;
  const fieldCommentsOpen = fields.some((f) => state.values[`fieldComments.${f.field}`] || errors[`fieldComments.${f.field}`]);
  const labels = new Map(fields.map((f) => [f.field, f.label]));

  if (state.status === "conflict") {
    return (
      <ConflictNotice
        title={t("conflictTitle")}
        message={state.message}
        reloadHref={localisedPath(locale, `/moderation/${proposalId}`)}
        reloadLabel={t("reload")}
      />
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
        <legend className="font-semibold">{t("legend")}</legend>
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
                  {t(`options.${o.key}.label`)}
                </label>
                <p id={`decision-${o.value}-hint`} className="text-sm text-slate-600">
                  {t(`options.${o.key}.hint`)}
                </p>
              </div>
            </div>
          ))}
        </div>
        <FieldError inputId={DECISION} messages={decisionErrors} />
      </fieldset>
      <div>
        <label htmlFor={COMMENT} className="font-semibold">
          {t("comment")} <span className="font-normal">{t("commentNote")}</span>
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
        <summary className="cursor-pointer font-semibold">{t("fieldComments")}</summary>
        <p className="mt-2 text-sm text-slate-600">{t("fieldCommentsHint")}</p>
        <div className="mt-3 grid gap-3 md:grid-cols-2">
          {fields.map((f) => {
            const key = `fieldComments.${f.field}`;
            const id = fieldId("fc", f.field);
            return (
              <div key={f.field}>
                <label htmlFor={id} className="text-sm font-semibold">
                  {f.label}
                  {f.changed && <span className="font-normal"> {t("changed")}</span>}
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
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
