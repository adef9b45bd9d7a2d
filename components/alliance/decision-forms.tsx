"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { FormOutcome } from "@/components/forms/form-outcome";
import { fieldId } from "@/components/forms/ids";
import { LabelledField } from "@/components/forms/labelled-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { INPUT_CLASS } from "@/components/forms/text-field";

type Props = {
  approve: FormAction;
  askMore: FormAction;
  decline: FormAction;
  application: { id: string; version: number; state: string };
};

/** Staff's three answers to an application; each names the version shown, so a decision on a changed application is refused. */
export function DecisionForms({ approve, askMore, decline, application }: Props) {
  const t = useTranslations("alliance.staff");
  const [approved, approveAction] = useActionState(approve, IDLE);
  const [asked, askAction] = useActionState(askMore, IDLE);
  const [declined, declineAction] = useActionState(decline, IDLE);
  const hidden = (
    <>
      <input type="hidden" name="applicationId" value={application.id} />
      <input type="hidden" name="version" value={application.version} />
    </>
  );
  const pending = application.state === "pending";
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      {pending && (
        <form action={approveAction} aria-labelledby="approve-heading" className="space-y-3 rounded-md border border-slate-300 p-3">
          <h2 id="approve-heading" className="text-lg font-semibold">
            {t("approve.heading")}
          </h2>
          {hidden}
          <FormOutcome state={approved} />
          <p className="text-sm">{t("approve.text")}</p>
          <SubmitButton pendingLabel={t("approve.pending")}>{t("approve.submit")}</SubmitButton>
        </form>
      )}
      {pending && (
        <form action={askAction} aria-labelledby="ask-heading" className="space-y-3 rounded-md border border-slate-300 p-3">
          <h2 id="ask-heading" className="text-lg font-semibold">
            {t("askMore.heading")}
          </h2>
          {hidden}
          <FormOutcome state={asked} shown={["message"]} />
          <LabelledField id={fieldId("ask", "message")} label={t("askMore.message")} errors={asked.fieldErrors.message}>
            {(aria) => <textarea {...aria} name="message" rows={4} required maxLength={2000} defaultValue={asked.values.message ?? ""} className={INPUT_CLASS} />}
          </LabelledField>
          <SubmitButton pendingLabel={t("askMore.pending")}>{t("askMore.submit")}</SubmitButton>
        </form>
      )}
      <form action={declineAction} aria-labelledby="decline-heading" className="space-y-3 rounded-md border border-slate-300 p-3">
        <h2 id="decline-heading" className="text-lg font-semibold">
          {t("decline.heading")}
        </h2>
        {hidden}
        <FormOutcome state={declined} shown={["reason"]} />
        <LabelledField id={fieldId("decline", "reason")} label={t("decline.reason")} errors={declined.fieldErrors.reason}>
          {(aria) => <textarea {...aria} name="reason" rows={4} required maxLength={2000} defaultValue={declined.values.reason ?? ""} className={INPUT_CLASS} />}
        </LabelledField>
        <SubmitButton tone="danger" pendingLabel={t("decline.pending")}>
          {t("decline.submit")}
        </SubmitButton>
      </form>
    </div>
  );
}
