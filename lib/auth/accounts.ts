import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_LOCALE, type Locale, toLocale } from "@/lib/i18n/locales";
import { localeSchema } from "@/lib/users/mail-language";
import { fail, invalid, type Result } from "@/lib/result";
import { consumeAll, LIMITS, waitMessage, type RequestContext } from "./limits";
import { mailAlreadyRegistered, mailVerification } from "./mails";
import { choosePasswordByLink } from "./choose-password";
import { emailOnlySchema, signUpSchema } from "./schema";
import { createAuthToken } from "./tokens";

// Sign-up and email verification. Answers never say whether an address
// already has an account: the mail tells its owner instead.

/** `locale` is the language of the sign-up page: the account's mails are written in it until its owner chooses another. */
export async function signUp(input: unknown, context: RequestContext, locale: Locale = DEFAULT_LOCALE): Promise<Result<{ email: string }>> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const language = localeSchema.parse(locale);
  const { name, email } = parsed.data;
  const wait = await consumeAll([
    [`signup:ip:${context.ip}`, LIMITS.signUpPerIp],
    [`signup:email:${email}`, LIMITS.signUpPerEmail],
  ]);
  if (wait !== null) return fail("rate_limited", waitMessage(wait));

  const existing = await db.user.findUnique({ where: { email } });
  if (existing?.emailVerified) {
    await mailAlreadyRegistered(email, existing.name, toLocale(existing.locale));
    return { ok: true, email };
  }
  // An unconfirmed account is nobody's yet: it holds no password, and only the
  // latest sign-up's link confirms it, by choosing one (choose-password.ts).
  await db.$transaction(async (tx) => {
    await tx.authToken.deleteMany({ where: { email, purpose: "verify-email" } });
    await tx.user.upsert({ where: { email }, create: { email, name, role: "member", locale: language }, update: { name, locale: language } });
  });
  await mailVerification(email, name, await createAuthToken(email, "verifyEmail"), language);
  return { ok: true, email };
}

/** The confirmation link: its holder proves the address and chooses the account's password. */
export function verifyEmail(input: unknown): Promise<Result<{ email: string }>> {
  return choosePasswordByLink(input, "verifyEmail");
}

/** Sends a new confirmation link to an unconfirmed account; the same answer for every address. */
export async function resendVerification(input: unknown, context: RequestContext): Promise<Result> {
  const parsed = emailOnlySchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { email } = parsed.data;
  const wait = await consumeAll([
    [`resend:ip:${context.ip}`, LIMITS.resendPerIp],
    [`resend:email:${email}`, LIMITS.resendPerEmail],
  ]);
  if (wait !== null) return fail("rate_limited", waitMessage(wait));
  const user = await db.user.findUnique({ where: { email } });
  if (user && !user.emailVerified) {
    await mailVerification(email, user.name, await createAuthToken(email, "verifyEmail"), toLocale(user.locale));
  }
  return { ok: true };
}
