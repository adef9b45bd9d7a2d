import "server-only";
import { db } from "@/lib/db";
import { searchEngine } from "@/lib/search";
import { recordAudit } from "@/lib/audit/audit";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { memberIds, notify } from "@/lib/notifications/notifications";
import { deliverNotices } from "@/lib/notifications/mail";
import { fail, invalid, type Result } from "./result";
import { archiveSchema } from "./schema";

// Unpublishing: an archived entry leaves the public site and the index but
// keeps its history; the reason goes on record.

export async function archiveEntry(actor: Actor | null, input: unknown): Promise<Result<object>> {
  if (!canModerate(actor)) return fail("forbidden", "Only alliance moderators archive entries.");
  const parsed = archiveSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { slug, reason } = parsed.data;
  const notices = await db.$transaction(async (tx) => {
    const archived = await tx.entry.updateMany({
      where: { slug, archivedAt: null },
      data: { archivedAt: new Date(), archiveReason: reason, version: { increment: 1 } },
    });
    if (archived.count === 0) return null;
    const entry = await tx.entry.findUniqueOrThrow({ where: { slug }, select: { id: true, title: true, organisationId: true } });
    await recordAudit(tx, { actorId: actor.id, action: "entry.archived", subjectType: "entry", subjectId: entry.id, details: { slug, reason } });
    await searchEngine().remove([entry.id], tx);
    const members = entry.organisationId ? await memberIds(tx, entry.organisationId) : [];
    return notify(tx, members, { message: `“${entry.title}” was archived by the moderators: ${reason}`, href: "/contributions" });
  });
  if (!notices) return fail("not_found", "There is no published entry with this address, or it is already archived.");
  await deliverNotices(notices);
  return { ok: true };
}
