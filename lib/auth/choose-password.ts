import "server-only";
import { recordAudit } from "@/lib/audit/audit";
import { db } from "@/lib/db";
import { fail, invalid, type Result } from "@/lib/result";
import { acceptInvitations } from "@/lib/organisations/invitations";
import { clearRateLimit } from "@/lib/rate-limit/postgres";
import { hashPassword } from "./password";
import { DEACTIVATED } from "./sign-in";
import { resetPasswordSchema } from "./schema";
import { consumeAuthToken } from "./tokens";

// Every mailed link that proves an address ends here: the confirmation link
// after sign-up, the forgotten-password link and the invitation. Only the
// holder of such a link chooses a password, so an account never keeps one
// typed by someone who had not proven the address (sign-up pre-hijacking);
// the database refuses a password on an unconfirmed account as well.

const EXPIRED = {
  verifyEmail: "This confirmation link has expired or has already been used. You can ask for a new one below.",
  resetPassword: "This link has expired or has already been used. You can ask for a new one.",
} as const;

export async function choosePasswordByLink(input: unknown, kind: keyof typeof EXPIRED): Promise<Result<{ email: string }>> {
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const passwordHash = await hashPassword(parsed.data.password);
  const email = await consumeAuthToken(parsed.data.token, kind);
  if (!email) return fail("not_found", EXPIRED[kind]);
  const user = await db.user.findUnique({ where: { email } });
  if (!user) return fail("not_found", "The account of this link no longer exists.");
  if (user.deactivatedAt) return fail("forbidden", DEACTIVATED);
  await db.$transaction(async (tx) => {
    // A new password ends every earlier session (the session version).
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, emailVerified: user.emailVerified ?? new Date(), sessionVersion: { increment: 1 } } });
    await tx.authToken.deleteMany({ where: { email, purpose: { in: ["reset-password", "verify-email"] } } });
    await acceptInvitations(tx, user.id);
    await recordAudit(tx, { actorId: user.id, action: "user.password_set", subjectType: "user", subjectId: user.id });
  });
  await clearRateLimit(`signin-fail:${email}`);
  return { ok: true, email };
}
