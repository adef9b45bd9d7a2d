"use client";

import type { FormAction } from "@/lib/forms/action-state";
import { ChoosePasswordForm } from "./choose-password-form";
import { ResendVerificationForm } from "./resend-verification-form";

// The password is chosen here, by whoever holds the mailed link, never at sign-up:
// so nobody can prepare an account on someone else's address with a password of
// their own.
export function VerifyEmailForm({ action, resendAction, token }: { action: FormAction; resendAction: FormAction; token: string }) {
  return (
    <ChoosePasswordForm
      action={action}
      token={token}
      passwordLabel="Choose a password"
      passwordHint="At least 10 characters. A few unrelated words make a good one."
      submitLabel="Confirm my email address"
      pendingLabel="Confirming…"
      whenLinkFails={<ResendVerificationForm action={resendAction} />}
    />
  );
}
