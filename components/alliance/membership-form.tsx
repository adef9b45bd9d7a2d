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

/** Staff suspend, end or reinstate one membership, with a reason the organisation's members are told. */
export function MembershipForm({ action, organisationId, name, state }: { action: FormAction; organisationId: string; name: string; state: string }) {
  const t = useTranslations("alliance");
  const [result, formAction] = useActionState(action, IDLE);
  const form = `membership-${organisationId}`;
  const targets = (["suspended", "ended", "member"] as const).filter((s) => s !== state);
  return (
    <form action={formAction} aria-label={`${t("staff.changeSubmit")}: ${name}`} className="space-y-2">
      <input type="hidden" name="organisationId" value={organisationId} />
      <FormOutcome state={result} shown={["state", "reason"]} />
      <SelectField form={form} name="state" label={t("staff.newState")} defaultValue={result.values.state ?? targets[0] ?? ""} errors={result.fieldErrors.state} required>
        {targets.map((s) => (
          <option key={s} value={s}>
            {t(`membershipStates.${s}`)}
          </option>
        ))}
      </SelectField>
      <LabelledField id={fieldId(form, "reason")} label={t("staff.reason")} errors={result.fieldErrors.reason}>
        {(aria) => <textarea {...aria} name="reason" rows={2} required maxLength={2000} defaultValue={result.values.reason ?? ""} className={INPUT_CLASS} />}
      </LabelledField>
      <SubmitButton tone="danger" pendingLabel={t("staff.changePending")}>
        {t("staff.changeSubmit")}
      </SubmitButton>
    </form>
  );
}
