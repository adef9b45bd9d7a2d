"use client";

import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/forms/action-state";
import { ChoosePasswordForm } from "./choose-password-form";

export function ResetPasswordForm({ action, token }: { action: FormAction; token: string }) {
  const t = useTranslations("auth.resetPassword");
  return (
    <ChoosePasswordForm
      action={action}
      token={token}
      passwordLabel={t("passwordLabel")}
      passwordHint={t("passwordHint")}
      submitLabel={t("submit")}
      pendingLabel={t("pending")}
    />
  );
}
