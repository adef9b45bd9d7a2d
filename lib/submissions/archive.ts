import "server-only";
import { db } from "@/lib/db";
import { catalogueIndex } from "@/lib/search";
import { enqueueIndexChange } from "@/lib/search/outbox/enqueue";
import { recordAudit } from "@/lib/audit/audit";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { memberIds, notify } from "@/lib/notifications/notifications";
import { deliverNotices } from "@/lib/notifications/mail";
import { fail, invalid, type Result } from "@/lib/result";
import { archiveSchema } from "./schema";

// Unpublishing: an archived entry leaves the public site and the index but
// keeps its history; the reason goes on record. Restoring undoes it, also with
// a reason, so a mistaken archive costs nothing.

export function archiveEntry(actor: Actor | null, input: unknown): Promise<Result<object>> {
  return setArchived(actor, input, true);
}

export function restoreEntry(actor: Actor | null, input: unknown): Promise<Result<object>> {
  return setArchived(actor, input, false);
}

async function setArchived(actor: Actor | null, input: unknown, archive: boolean): Promise<Result<object>> {
  if (!canModerate(actor)) return fail("forbidden", "Only alliance moderators archive and restore entries.");
  const parsed = archiveSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { slug, reason } = parsed.data;
  const notices = await db.$transaction(async (tx) => {
    const changed = await tx.entry.updateMany({
      where: { slug, archivedAt: archive ? null : { not: null } },
      data: archive
        ? { archivedAt: new Date(), archiveReason: reason, version: { increment: 1 } }
        : { archivedAt: null, archiveReason: null, version: { increment: 1 } },
    });
    if (changed.count === 0) return null;
    const entry = await tx.entry.findUniqueOrThrow({ where: { slug }, select: { id: true, title: true, organisationId: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: archive ? "entry.archived" : "entry.restored",
      subjectType: "entry",
      subjectId: entry.id,
      details: { slug, reason },
    });
    if (archive) await catalogueIndex().remove([entry.id], tx);
    else await catalogueIndex().index([entry.id], tx);
    await enqueueIndexChange(tx, [entry.id], archive ? "remove" : "index");
    const members = entry.organisationId ? await memberIds(tx, entry.organisationId) : [];
    return notify(tx, members, {
      key: archive ? "entryArchived" : "entryRestored",
      params: { title: entry.title, reason },
      href: archive ? "/contributions" : `/entries/${slug}`,
    });
  });
  if (!notices) {
    return fail("not_found", archive ? "There is no published entry with this address, or it is already archived." : "There is no archived entry with this address.");
  }
  await deliverNotices(notices);
  return { ok: true };
}
