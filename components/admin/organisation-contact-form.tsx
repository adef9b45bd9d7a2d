"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";

/** The address the contact relay sends visitors' messages about the organisation's entries to; empty for none. */
export function OrganisationContactForm({ action, organisationId, current }: { action: FormAction; organisationId: string; current: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  const t = useTranslations("admin.contact");
  return (
    <form action={formAction} className="max-w-md space-y-4" noValidate>
      <FormOutcome state={state} shown={["contactEmail"]} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <TextField
        form="organisation-contact"
        name="contactEmail"
        type="email"
        label={t("label")}
        hint={t("hint")}
        autoComplete="off"
        defaultValue={state.values.contactEmail ?? current}
        errors={state.fieldErrors.contactEmail}
        required={false}
        maxLength={254}
      />
      <SubmitButton pendingLabel={t("pending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
