"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";

export function StartEditForm({ action, slug }: { action: FormAction; slug: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  const t = useTranslations("contributions.edit");
  return (
    <form action={formAction} className="space-y-4">
      <FormOutcome state={state} />
      <input type="hidden" name="slug" value={slug} />
      <SubmitButton pendingLabel={t("opening")}>{t("start")}</SubmitButton>
    </form>
  );
}
