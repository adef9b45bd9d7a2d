import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmailRequestForm } from "@/components/auth/email-request-form";
import { Link } from "@/lib/i18n/navigation";
import { forgotPasswordAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.forgotPassword");
  return { title: t("title"), robots: { index: false } };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">{t("forgotPassword.heading")}</h1>
      <p className="text-slate-700">{t("forgotPassword.intro")}</p>
      <EmailRequestForm action={forgotPasswordAction} submitLabel={t("forgotPassword.submit")} />
      <p>
        <Link href="/auth/sign-in">{t("backToSignIn")}</Link>
      </p>
    </div>
  );
}
