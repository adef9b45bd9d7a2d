"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { FormOutcome } from "@/components/forms/form-outcome";
import { fieldId } from "@/components/forms/ids";
import { LabelledField } from "@/components/forms/labelled-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { INPUT_CLASS } from "@/components/forms/text-field";

/** The applicant's answer to staff's question, which returns the application to the queue. */
export function AnswerForm({ action, applicationId, version }: { action: FormAction; applicationId: string; version: number }) {
  const t = useTranslations("alliance.application");
  const [state, formAction] = useActionState(action, IDLE);
  const form = "alliance-answer";
  return (
    <form action={formAction} className="max-w-2xl space-y-4">
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <FormOutcome state={state} shown={["answer"]} />
      <LabelledField id={fieldId(form, "answer")} label={t("answer")} errors={state.fieldErrors.answer}>
        {(aria) => <textarea {...aria} name="answer" rows={5} required maxLength={2000} defaultValue={state.values.answer ?? ""} className={INPUT_CLASS} />}
      </LabelledField>
      <SubmitButton pendingLabel={t("answerPending")}>{t("answerSubmit")}</SubmitButton>
    </form>
  );
}
