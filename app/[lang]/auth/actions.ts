"use server";

import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { resendVerification, signUp, verifyEmail } from "@/lib/auth/accounts";
import { landingPath, safeCallbackPath } from "@/lib/auth/callback-url";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { endSession, startSession } from "@/lib/auth/session";
import { authenticate } from "@/lib/auth/sign-in";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { formInput } from "@/lib/forms/form-input";
import { formText } from "@/lib/forms/input-text";
import { localisedPath } from "@/lib/i18n/locales";
import { emailOnlySchema, resetPasswordSchema, signInSchema, signUpSchema } from "@/lib/auth/schema";
import { requestContext } from "./request-context";

// The account forms. Next.js accepts server actions only from pages of this
// site (it checks Origin against Host), and each one is a POST.

export async function signInAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formInput(form, signInSchema);
  const result = await authenticate(values, await requestContext());
  if (!result.ok) return toActionState(result, { email: values.email });
  await startSession(result.userId);
  // A callbackUrl is already the page's own address; the landing page by role is not.
  const callback = safeCallbackPath(formText(form, "callbackUrl"), "");
  redirect(callback || localisedPath(await getLocale(), landingPath(result.role)));
}

export async function signOutAction(): Promise<void> {
  await endSession();
  redirect(localisedPath(await getLocale(), "/"));
}

export async function signUpAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formInput(form, signUpSchema);
  const locale = await getLocale();
  const result = await signUp(values, await requestContext(), locale);
  const t = await getTranslations("auth.done");
  return toActionState(result, values, t("signedUp"));
}

export async function resendVerificationAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formInput(form, emailOnlySchema);
  const result = await resendVerification(values, await requestContext());
  const t = await getTranslations("auth.done");
  return toActionState(result, values, t("verificationResent"));
}

export async function verifyEmailAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const result = await verifyEmail(formInput(form, resetPasswordSchema));
  const t = await getTranslations("auth.done");
  return toActionState(result, {}, t("verified"));
}

export async function forgotPasswordAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formInput(form, emailOnlySchema);
  const result = await requestPasswordReset(values, await requestContext());
  const t = await getTranslations("auth.done");
  return toActionState(result, values, t("resetRequested"));
}

export async function resetPasswordAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const result = await resetPassword(formInput(form, resetPasswordSchema));
  const t = await getTranslations("auth.done");
  return toActionState(result, {}, t("passwordReset"));
}
