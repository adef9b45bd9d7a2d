import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { landingPath, safeCallbackPath } from "@/lib/auth/callback-url";
import { signInErrorCode } from "@/lib/auth/error-messages";
import { currentActor } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { localisedPath } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { smtpConfigured } from "@/lib/mail/config";
import { ErrorSummary } from "@/components/forms/error-summary";
import { MagicLinkForm } from "@/components/auth/magic-link-form";
import { SignInForm } from "@/components/auth/sign-in-form";
import { signInAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: SearchParams };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const locale = await getLocale();
  // Without a callbackUrl, signing in lands on the person's own work (landingPath, by role).
  const callbackUrl = safeCallbackPath(firstParam(params.callbackUrl), "");
  const actor = await currentActor();
  if (actor) redirect(callbackUrl || localisedPath(locale, landingPath(actor.role)));
  const t = await getTranslations("auth");
  const errorCode = signInErrorCode(firstParam(params.error));
  const error = errorCode && t(`signInErrors.${errorCode}`);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">{t("signIn.title")}</h1>
      <p className="text-slate-700">{t("signIn.intro")}</p>
      {error && <ErrorSummary message={error} />}
      <SignInForm action={signInAction} callbackUrl={callbackUrl} />
      <p>
        <Link href="/auth/forgot-password">{t("forgotPassword.heading")}</Link>
      </p>
      {smtpConfigured() && (
        <div className="border-t border-slate-200 pt-6">
          {/* The link comes back here without a callbackUrl, and this page sends the person on by role. */}
          <MagicLinkForm callbackUrl={callbackUrl || localisedPath(locale, "/auth/sign-in")} />
        </div>
      )}
      <p className="border-t border-slate-200 pt-6">
        {t.rich("signIn.noAccount", { link: (chunks) => <Link href="/auth/sign-up">{chunks}</Link> })}
      </p>
    </div>
  );
}
