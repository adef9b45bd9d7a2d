import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { landingPath, safeCallbackPath } from "@/lib/auth/callback-url";
import { signInErrorMessage } from "@/lib/auth/error-messages";
import { currentActor } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { smtpConfigured } from "@/lib/mail/config";
import { ErrorSummary } from "@/components/forms/error-summary";
import { MagicLinkForm } from "@/components/auth/magic-link-form";
import { SignInForm } from "@/components/auth/sign-in-form";
import { signInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: SearchParams };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  // Without a callbackUrl, signing in lands on the person's own work (landingPath, by role).
  const callbackUrl = safeCallbackPath(firstParam(params.callbackUrl), "");
  const actor = await currentActor();
  if (actor) redirect(callbackUrl || landingPath(actor.role));
  const error = signInErrorMessage(firstParam(params.error));
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">Sign in</h1>
      <p className="text-slate-700">Members of organisations and project teams sign in to propose and update catalogue entries.</p>
      {error && <ErrorSummary message={error} />}
      <SignInForm action={signInAction} callbackUrl={callbackUrl} />
      <p>
        <Link href="/auth/forgot-password">Forgotten your password?</Link>
      </p>
      {smtpConfigured() && (
        <div className="border-t border-slate-200 pt-6">
          {/* The link comes back here without a callbackUrl, and this page sends the person on by role. */}
          <MagicLinkForm callbackUrl={callbackUrl || "/auth/sign-in"} />
        </div>
      )}
      <p className="border-t border-slate-200 pt-6">
        No account yet? <Link href="/auth/sign-up">Create one</Link>.
      </p>
    </div>
  );
}
