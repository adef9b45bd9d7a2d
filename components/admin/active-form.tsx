"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { ConfirmBox } from "@/components/forms/confirm-box";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";

/**
 * Deactivates a user (or reactivates them), confirmed with a ticked box like
 * a change of role; the server refuses without it.
 */
export function ActiveForm({ action, userId, email, deactivated }: { action: FormAction; userId: string; email: string; deactivated: boolean }) {
  const [state, formAction] = useActionState(action, IDLE);
  const t = useTranslations("admin.active");
  const form = `active-${userId}`;
  return (
    <form action={formAction} className="max-w-md space-y-2 text-sm">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={deactivated ? "yes" : "no"} />
      <ConfirmBox form={form} messages={state.fieldErrors.confirm}>
        {deactivated ? t("confirmReactivate", { email }) : t("confirmDeactivate", { email })}
      </ConfirmBox>
      <SubmitButton>{deactivated ? t("reactivate") : t("deactivate")}</SubmitButton>
      <FormOutcome state={state} shown={["confirm"]} />
    </form>
  );
}
