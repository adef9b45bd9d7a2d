"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { ConfirmBox } from "@/components/forms/confirm-box";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";

export function DeleteDraftForm({ action, proposalId, version }: { action: FormAction; proposalId: string; version: number }) {
  const [state, formAction] = useActionState(action, IDLE);
  const t = useTranslations("contributions.delete");
  return (
    <details open={state.status !== "idle"} className="rounded-md border border-slate-300 p-4">
      <summary className="cursor-pointer font-semibold">{t("summary")}</summary>
      <form action={formAction} className="mt-3 space-y-3">
        <FormOutcome state={state} shown={["confirm"]} />
        <input type="hidden" name="id" value={proposalId} />
        <input type="hidden" name="expectedVersion" value={version} />
        <p className="text-sm text-slate-700">{t("warning")}</p>
        <ConfirmBox form="delete" messages={state.fieldErrors.confirm}>
          {t("confirm")}
        </ConfirmBox>
        <SubmitButton tone="danger" pendingLabel={t("deleting")}>
          {t("button")}
        </SubmitButton>
      </form>
    </details>
  );
}
