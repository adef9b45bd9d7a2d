import "server-only";
import { recordAudit } from "@/lib/audit/audit";
import { db } from "@/lib/db";
import { failure, invalidInput, type FormResult } from "@/lib/forms/result";
import { clearRateLimit } from "@/lib/rate-limit/postgres";
import { consumeAll, LIMITS, waitMessage, type RequestContext } from "./limits";
import { mailPasswordReset } from "./mails";
import { hashPassword } from "./password";
import { emailOnlySchema, resetPasswordSchema } from "./schema";
import { consumeAuthToken, createAuthToken } from "./tokens";

// "Forgot password" and invitations both end here: a mailed one-time link
// lets the owner of the address choose a password, which also confirms it.

/** The same answer whether or not the address has an account, so none can be discovered. */
export async function requestPasswordReset(input: unknown, context: RequestContext): Promise<FormResult> {
  const parsed = emailOnlySchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { email } = parsed.data;
  const wait = await consumeAll([
    [`reset:ip:${context.ip}`, LIMITS.resetPerIp],
    [`reset:email:${email}`, LIMITS.resetPerEmail],
  ]);
  if (wait !== null) return failure(waitMessage(wait));
  const user = await db.user.findUnique({ where: { email } });
  if (user) {
    // Not awaited: the time a mail server takes would tell that the address has an account.
    const token = await createAuthToken(email, "resetPassword");
    mailPasswordReset(email, user.name, token).catch((error: unknown) => {
      console.error(`Could not mail a password reset link to ${email}:`, error instanceof Error ? error.message : error);
    });
  }
  return { ok: true };
}

export async function resetPassword(input: unknown): Promise<FormResult<{ email: string }>> {
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const passwordHash = await hashPassword(parsed.data.password);
  const email = await consumeAuthToken(parsed.data.token, "resetPassword");
  if (!email) return failure("This link has expired or has already been used. You can ask for a new one.");
  const user = await db.user.findUnique({ where: { email } });
  if (!user) return failure("The account of this link no longer exists.");
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, emailVerified: user.emailVerified ?? new Date(), sessionVersion: { increment: 1 } } });
    await tx.authToken.deleteMany({ where: { email, purpose: "reset-password" } });
    await recordAudit(tx, { actorId: user.id, action: "user.password_set", subjectType: "user", subjectId: user.id });
  });
  await clearRateLimit(`signin-fail:${email}`);
  return { ok: true, email };
}
