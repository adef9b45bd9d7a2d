"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";
import { ReasonField } from "./reason-field";

/** Puts an archived entry back on the site, with a reason for the record. */
export function RestoreForm({ action, slug }: { action: FormAction; slug: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  const t = useTranslations("moderation.restore");
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="slug" value={slug} />
      <FormOutcome state={state} shown={["reason"]} />
      <ReasonField form="restore" defaultValue={state.values.reason ?? ""} messages={state.fieldErrors.reason} />
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
