import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Link } from "@/lib/i18n/navigation";
import { signUpAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signUp");
  return { title: t("title"), robots: { index: false } };
}

export default async function SignUpPage() {
  const t = await getTranslations("auth.signUp");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <SignUpForm action={signUpAction} />
      <p className="border-t border-slate-200 pt-6">
        {t.rich("haveAccount", { link: (chunks) => <Link href="/auth/sign-in">{chunks}</Link> })}
      </p>
    </div>
  );
}
