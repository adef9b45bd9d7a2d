import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.checkEmail");
  return { title: t("title"), robots: { index: false } };
}

export default async function CheckEmailPage() {
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-3xl font-bold">{t("checkEmail.title")}</h1>
      <p>{t("checkEmail.body")}</p>
      <p>
        <Link href="/auth/sign-in">{t("backToSignIn")}</Link>
      </p>
    </div>
  );
}
