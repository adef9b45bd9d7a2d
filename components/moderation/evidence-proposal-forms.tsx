"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { FormOutcome } from "@/components/forms/form-outcome";
import { fieldId } from "@/components/forms/ids";
import { LabelledField } from "@/components/forms/labelled-field";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { INPUT_CLASS } from "@/components/forms/text-field";

type Props = {
  accept: FormAction;
  decline: FormAction;
  proposal: { id: string; level: string; note: string };
  /** The rubric's levels with their names in the page's language, weakest first. */
  levels: { value: string; name: string }[];
};

/**
 * A moderator's two answers to one proposed evidence: accept, which assesses
 * the entry (level and justification start as the member proposed them; the
 * link is the proposal's), or decline with a reason the member is told.
 */
export function EvidenceProposalForms({ accept, decline, proposal, levels }: Props) {
  const t = useTranslations("moderation.evidenceProposals");
  const [accepted, acceptAction] = useActionState(accept, IDLE);
  const [declined, declineAction] = useActionState(decline, IDLE);
  const acceptForm = `accept-${proposal.id}`;
  const declineForm = `decline-${proposal.id}`;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <form action={acceptAction} aria-labelledby={`${acceptForm}-heading`} className="space-y-4">
        <h4 id={`${acceptForm}-heading`} className="font-semibold">
          {t("accept.heading")}
        </h4>
        <input type="hidden" name="proposalId" value={proposal.id} />
        <FormOutcome state={accepted} shown={["level", "justification"]} />
        <SelectField form={acceptForm} name="level" label={t("accept.level")} errors={accepted.fieldErrors.level} defaultValue={accepted.values.level ?? proposal.level} required>
          {levels.map((level) => (
            <option key={level.value} value={level.value}>
              {level.name}
            </option>
          ))}
        </SelectField>
        <LabelledField id={fieldId(acceptForm, "justification")} label={t("accept.justification")} hint={t("accept.justificationHint")} errors={accepted.fieldErrors.justification}>
          {(aria) => (
            <textarea {...aria} name="justification" rows={4} required maxLength={2000} defaultValue={accepted.values.justification ?? proposal.note} className={INPUT_CLASS} />
          )}
        </LabelledField>
        <SubmitButton pendingLabel={t("accept.pending")}>{t("accept.submit")}</SubmitButton>
      </form>
      <form action={declineAction} aria-labelledby={`${declineForm}-heading`} className="space-y-4">
        <h4 id={`${declineForm}-heading`} className="font-semibold">
          {t("decline.heading")}
        </h4>
        <input type="hidden" name="proposalId" value={proposal.id} />
        <FormOutcome state={declined} shown={["reason"]} />
        <LabelledField
          id={fieldId(declineForm, "reason")}
          label={
            <>
              {t("decline.reason")} <span className="font-normal">{t("decline.reasonNote")}</span>
            </>
          }
          errors={declined.fieldErrors.reason}
        >
          {(aria) => <textarea {...aria} name="reason" rows={4} required maxLength={2000} defaultValue={declined.values.reason ?? ""} className={INPUT_CLASS} />}
        </LabelledField>
        <SubmitButton tone="danger" pendingLabel={t("decline.pending")}>
          {t("decline.submit")}
        </SubmitButton>
      </form>
    </div>
  );
}
