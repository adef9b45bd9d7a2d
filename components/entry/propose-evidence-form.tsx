"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { IDLE, isFailed, type FormAction } from "@/lib/forms/action-state";
import { FormOutcome } from "@/components/forms/form-outcome";
import { fieldId } from "@/components/forms/ids";
import { LabelledField } from "@/components/forms/labelled-field";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { INPUT_CLASS, TextField } from "@/components/forms/text-field";

const FORM = "propose-evidence";

type Props = {
  action: FormAction;
  slug: string;
  /** The rubric's levels with their names in the page's language, weakest first. */
  levels: { value: string; name: string }[];
  /** What the reader proposed and a moderator has yet to decide; while there is one, no form. */
  waiting: ReactNode | null;
  /** Takes the waiting proposal back; its answer is said here, as the proposal leaves the page. */
  withdraw: { action: FormAction; proposalId: string | null };
};

/**
 * Beside the evidence badge, for members of the organisation that owns the
 * entry: the evidence they know of, for a moderator to assess. Folded away
 * until opened; it stays mounted when the page is revalidated, so its answer
 * is still said once the pending proposal replaces the fields.
 */
export function ProposeEvidenceForm({ action, slug, levels, waiting, withdraw }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const [withdrawState, withdrawAction] = useActionState(withdraw.action, IDLE);
  // Only the answer to the last thing done is said: "withdrawn" replaces "thank you", and back.
  const [latest, setLatest] = useState<"propose" | "withdraw">("propose");
  const t = useTranslations("evidenceProposal");
  const errors = state.fieldErrors;
  const answered = [state, withdrawState].some((s) => s.status === "ok" || isFailed(s));
  return (
    <details open={answered || undefined} className="mt-4 rounded-lg border border-slate-300 p-3 print:hidden">
      <summary className="cursor-pointer font-semibold text-brand-700">{t("heading")}</summary>
      <div className="mt-3 space-y-4">
        {latest === "propose" ? <FormOutcome state={state} shown={["level", "url", "note"]} /> : <FormOutcome state={withdrawState} />}
        {waiting ? (
          <>
            {waiting}
            {withdraw.proposalId && (
              <form action={withdrawAction} onSubmit={() => setLatest("withdraw")}>
                <input type="hidden" name="proposalId" value={withdraw.proposalId} />
                <SubmitButton tone="danger">{t("withdraw")}</SubmitButton>
              </form>
            )}
          </>
        ) : (
          <form action={formAction} onSubmit={() => setLatest("propose")} className="space-y-4">
            <p className="text-sm text-slate-700">{t("intro")}</p>
            <input type="hidden" name="slug" value={slug} />
            <SelectField form={FORM} name="level" label={t("level")} errors={errors.level} defaultValue={state.values.level ?? levels[0]?.value ?? ""} required>
              {levels.map((level) => (
                <option key={level.value} value={level.value}>
                  {level.name}
                </option>
              ))}
            </SelectField>
            <TextField form={FORM} name="url" type="url" label={t("url")} hint={t("urlHint")} defaultValue={state.values.url ?? ""} errors={errors.url} maxLength={2000} />
            <LabelledField id={fieldId(FORM, "note")} label={t("note")} hint={t("noteHint")} errors={errors.note}>
              {(aria) => <textarea {...aria} name="note" rows={3} required maxLength={1000} defaultValue={state.values.note ?? ""} className={INPUT_CLASS} />}
            </LabelledField>
            <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
          </form>
        )}
      </div>
    </details>
  );
}
