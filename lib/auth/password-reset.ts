import "server-only";
import { db } from "@/lib/db";
import { toLocale } from "@/lib/i18n/locales";
import { fail, invalid, type Result } from "@/lib/result";
import { consumeAll, LIMITS, waitMessage, type RequestContext } from "./limits";
import { mailPasswordReset } from "./mails";
import { choosePasswordByLink } from "./choose-password";
import { emailOnlySchema } from "./schema";
import { createAuthToken } from "./tokens";

// "Forgot password" and invitations: a mailed one-time link lets the owner of
// the address choose a password, which also confirms it (choose-password.ts).

/** The same answer whether or not the address has an account, so none can be discovered. */
export async function requestPasswordReset(input: unknown, context: RequestContext): Promise<Result> {
  const parsed = emailOnlySchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { email } = parsed.data;
  const wait = await consumeAll([
    [`reset:ip:${context.ip}`, LIMITS.resetPerIp],
    [`reset:email:${email}`, LIMITS.resetPerEmail],
  ]);
  if (wait !== null) return fail("rate_limited", waitMessage(wait));
  const user = await db.user.findUnique({ where: { email } });
  if (user) {
    // Not awaited: the time a mail server takes would tell that the address has an account.
    const token = await createAuthToken(email, "resetPassword");
    mailPasswordReset(email, user.name, token, toLocale(user.locale)).catch((error: unknown) => {
      console.error(`Could not mail a password reset link to ${email}:`, error instanceof Error ? error.message : error);
    });
  }
  return { ok: true };
}

export function resetPassword(input: unknown): Promise<Result<{ email: string }>> {
  return choosePasswordByLink(input, "resetPassword");
}
