"use client";

import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/forms/action-state";
import { ChoosePasswordForm } from "./choose-password-form";
import { ResendVerificationForm } from "./resend-verification-form";

// The password is chosen here, by whoever holds the mailed link, never at sign-up:
// so nobody can prepare an account on someone else's address with a password of
// their own.
export function VerifyEmailForm({ action, resendAction, token }: { action: FormAction; resendAction: FormAction; token: string }) {
  const t = useTranslations("auth.verify");
  return (
    <ChoosePasswordForm
      action={action}
      token={token}
      passwordLabel={t("passwordLabel")}
      passwordHint={t("passwordHint")}
      submitLabel={t("submit")}
      pendingLabel={t("pending")}
      whenLinkFails={<ResendVerificationForm action={resendAction} />}
    />
  );
}
