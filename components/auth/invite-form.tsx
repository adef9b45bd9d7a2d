"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { TextField } from "@/components/forms/text-field";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";

export function InviteForm({ action, organisationId }: { action: FormAction; organisationId: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  const t = useTranslations("auth");
  return (
    <form action={formAction} className="max-w-md space-y-4" noValidate>
      <FormOutcome state={state} shown={["email"]} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <TextField
        form="invite"
        name="email"
        type="email"
        label={t("form.emailAddress")}
        hint={t("invite.hint")}
        defaultValue={state.values.email}
        errors={state.fieldErrors.email}
      />
      <SubmitButton pendingLabel={t("invite.pending")}>{t("invite.submit")}</SubmitButton>
    </form>
  );
}
