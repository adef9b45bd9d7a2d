"use client";

import type { FormAction } from "@/lib/forms/action-state";
import { ChoosePasswordForm } from "./choose-password-form";

export function ResetPasswordForm({ action, token }: { action: FormAction; token: string }) {
  return (
    <ChoosePasswordForm
      action={action}
      token={token}
      passwordLabel="New password"
      passwordHint="At least 10 characters."
      submitLabel="Save my new password"
      pendingLabel="Saving…"
    />
  );
}
