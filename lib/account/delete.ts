import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/audit";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { fail, invalid, type Result } from "@/lib/result";

// Deleting one's account. The user row goes, and with it memberships and
// notifications (cascades); proposals stay with no author (the foreign key sets
// it to null) and the organisation's published entries are untouched.

export const deleteAccountSchema = z.object({ confirmEmail: z.string().trim().toLowerCase().min(1, "Type your email address to confirm.") });

export async function deleteAccount(actor: Actor, input: unknown): Promise<Result> {
  const parsed = deleteAccountSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  if (parsed.data.confirmEmail !== actor.email) {
    return fail("invalid", "The address you typed is not the one of this account.", { confirmEmail: ["Type the email address of this account exactly."] });
  }
  if (actor.role === "admin" && (await db.user.count({ where: { role: "admin" } })) <= 1) {
    return fail("conflict", "You are the only administrator. Make someone else an administrator before deleting your account.");
  }
  await db.$transaction(async (tx) => {
    // The log keeps that an account was deleted, not who it was.
    await recordAudit(tx, { actorId: actor.id, action: "user.deleted", subjectType: "user", subjectId: actor.id, details: { role: actor.role } });
    await tx.user.delete({ where: { id: actor.id } });
    // Mail not yet sent to the address goes too: it is personal data, and nobody is there to read it.
    await tx.mailOutbox.deleteMany({ where: { recipient: actor.email, sentAt: null } });
  });
  return { ok: true };
}
