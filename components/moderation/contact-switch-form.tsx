"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";
import { ReasonField } from "./reason-field";

/** Switches visitors' messages to one entry off, or on again, with a reason for the audit log. */
export function ContactSwitchForm({ action, slug, enabled }: { action: FormAction; slug: string; enabled: boolean }) {
  const [state, formAction] = useActionState(action, IDLE);
  const t = useTranslations("moderation.contact");
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="enabled" value={enabled ? "off" : "on"} />
      <FormOutcome state={state} shown={["reason"]} />
      <ReasonField form="contact" defaultValue={state.values.reason ?? ""} messages={state.fieldErrors.reason} logOnly label={enabled ? t("reasonOff") : t("reasonOn")} />
      <SubmitButton tone={enabled ? "danger" : "primary"} pendingLabel={t("pending")}>
        {enabled ? t("switchOff") : t("switchOn")}
      </SubmitButton>
    </form>
  );
}
