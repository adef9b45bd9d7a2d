import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { Link } from "@/lib/i18n/navigation";
import { resetPasswordAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.resetPassword");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: SearchParams };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const token = firstParam((await searchParams).token) ?? "";
  const t = await getTranslations("auth.resetPassword");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <ResetPasswordForm action={resetPasswordAction} token={token} />
      <p>
        <Link href="/auth/forgot-password">{t("newLink")}</Link>
      </p>
    </div>
  );
}
