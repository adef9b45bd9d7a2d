"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { ConfirmBox } from "@/components/forms/confirm-box";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { ReasonField } from "./reason-field";

export function ArchiveForm({ action, slug }: { action: FormAction; slug: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  const t = useTranslations("moderation.archive");
  const errors = state.fieldErrors;
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="slug" value={slug} />
      <FormOutcome state={state} shown={["reason", "successor", "confirm"]} />
      <ReasonField form="archive" defaultValue={state.values.reason ?? ""} messages={errors.reason} public />
      <TextField
        form="archive"
        name="successor"
        label={t("successor")}
        hint={t("successorHint")}
        defaultValue={state.values.successor ?? ""}
        errors={errors.successor}
        required={false}
        maxLength={300}
      />
      <ConfirmBox form="archive" messages={errors.confirm} required>
        {t("confirm")}
      </ConfirmBox>
      <SubmitButton tone="danger" pendingLabel={t("pending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
