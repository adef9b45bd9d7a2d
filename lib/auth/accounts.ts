import "server-only";
import { db } from "@/lib/db";
import { failure, invalidInput, type FormResult } from "@/lib/forms/result";
import { consumeAll, LIMITS, waitMessage, type RequestContext } from "./limits";
import { mailAlreadyRegistered, mailVerification } from "./mails";
import { hashPassword } from "./password";
import { emailOnlySchema, signUpSchema, tokenSchema } from "./schema";
import { consumeAuthToken, createAuthToken } from "./tokens";

// Sign-up and email verification. Answers never say whether an address
// already has an account: the mail tells its owner instead.

export async function signUp(input: unknown, context: RequestContext): Promise<FormResult<{ email: string }>> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { name, email, password } = parsed.data;
  const wait = await consumeAll([
    [`signup:ip:${context.ip}`, LIMITS.signUpPerIp],
    [`signup:email:${email}`, LIMITS.signUpPerEmail],
  ]);
  if (wait !== null) return failure(waitMessage(wait));

  // Hashed before looking the address up, so both answers take as long.
  const passwordHash = await hashPassword(password);
  const existing = await db.user.findUnique({ where: { email } });
  if (existing?.emailVerified) {
    await mailAlreadyRegistered(email, existing.name);
    return { ok: true, email };
  }
  // An unconfirmed account is nobody's yet: the latest sign-up replaces it,
  // and only the link of that sign-up confirms it.
  await db.$transaction(async (tx) => {
    await tx.authToken.deleteMany({ where: { email, purpose: "verify-email" } });
    await tx.user.upsert({
      where: { email },
      create: { email, name, passwordHash, role: "member" },
      update: { name, passwordHash },
    });
  });
  await mailVerification(email, name, await createAuthToken(email, "verifyEmail"));
  return { ok: true, email };
}

export async function verifyEmail(token: unknown): Promise<FormResult<{ email: string }>> {
  const parsed = tokenSchema.safeParse(token);
  if (!parsed.success) return invalidInput(parsed.error, "This confirmation link is incomplete.");
  const email = await consumeAuthToken(parsed.data, "verifyEmail");
  if (!email) {
    return failure("This confirmation link has expired or has already been used. You can ask for a new one below.");
  }
  const user = await db.user.findUnique({ where: { email } });
  if (!user) return failure("The account of this link no longer exists. You can create a new one.");
  if (!user.emailVerified) await db.user.update({ where: { id: user.id }, data: { emailVerified: new Date() } });
  return { ok: true, email };
}

/** Sends a new confirmation link to an unconfirmed account; the same answer for every address. */
export async function resendVerification(input: unknown, context: RequestContext): Promise<FormResult> {
  const parsed = emailOnlySchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { email } = parsed.data;
  const wait = await consumeAll([
    [`resend:ip:${context.ip}`, LIMITS.resendPerIp],
    [`resend:email:${email}`, LIMITS.resendPerEmail],
  ]);
  if (wait !== null) return failure(waitMessage(wait));
  const user = await db.user.findUnique({ where: { email } });
  if (user && !user.emailVerified && user.passwordHash) {
    await mailVerification(email, user.name, await createAuthToken(email, "verifyEmail"));
  }
  return { ok: true };
}
