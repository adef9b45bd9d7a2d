"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { resendVerification, signUp, verifyEmail } from "@/lib/auth/accounts";
import { landingPath, safeCallbackPath } from "@/lib/auth/callback-url";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { endSession, startSession } from "@/lib/auth/session";
import { authenticate } from "@/lib/auth/sign-in";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { formInput } from "@/lib/forms/form-input";
import { formText } from "@/lib/forms/input-text";
import { emailOnlySchema, resetPasswordSchema, signInSchema, signUpSchema } from "@/lib/auth/schema";
import { requestContext } from "./request-context";

// The account forms. Next.js accepts server actions only from pages of this
// site (it checks Origin against Host), and each one is a POST.

export async function signInAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formInput(form, signInSchema);
  const result = await authenticate(values, await requestContext());
  if (!result.ok) return toActionState(result, { email: values.email });
  await startSession(result.userId);
  redirect(safeCallbackPath(formText(form, "callbackUrl"), landingPath(result.role)));
}

export async function signOutAction(): Promise<void> {
  await endSession();
  redirect("/");
}

export async function signUpAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formInput(form, signUpSchema);
  const result = await signUp(values, await requestContext(), await getLocale());
  return toActionState(
    result,
    values,
    "Thank you. We have sent a link to this address: open it to confirm your email and choose your password. If no mail arrives in a few minutes, look in your spam folder.",
  );
}

export async function resendVerificationAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formInput(form, emailOnlySchema);
  const result = await resendVerification(values, await requestContext());
  return toActionState(result, values, "If this address has an account that still needs confirming, we have sent it a new link.");
}

export async function verifyEmailAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const result = await verifyEmail(formInput(form, resetPasswordSchema));
  return toActionState(result, {}, "Thank you: your email address is confirmed and your password is saved. You can now sign in.");
}

export async function forgotPasswordAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = formInput(form, emailOnlySchema);
  const result = await requestPasswordReset(values, await requestContext());
  return toActionState(result, values, "If this address has an account, we have sent it a link to choose a new password. The link works for one hour.");
}

export async function resetPasswordAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const result = await resetPassword(formInput(form, resetPasswordSchema));
  return toActionState(result, {}, "Your new password is saved. You can now sign in with it.");
}
