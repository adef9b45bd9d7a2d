import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { VerifyEmailForm } from "@/components/auth/verify-email-form";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { resendVerificationAction, verifyEmailAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.verify");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: SearchParams };

export default async function VerifyPage({ searchParams }: Props) {
  const token = firstParam((await searchParams).token) ?? "";
  const t = await getTranslations("auth.verify");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <VerifyEmailForm action={verifyEmailAction} resendAction={resendVerificationAction} token={token} />
    </div>
  );
}
