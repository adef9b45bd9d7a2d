"use client";

import type { ActionState } from "@/lib/forms/action-state";
import { ChoosePasswordForm } from "./choose-password-form";

type Action = (previous: ActionState, form: FormData) => Promise<ActionState>;

export function ResetPasswordForm({ action, token }: { action: Action; token: string }) {
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
