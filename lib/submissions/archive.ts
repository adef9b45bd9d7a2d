import "server-only";
import { db } from "@/lib/db";
import { catalogueIndex } from "@/lib/search";
import { enqueueIndexChange } from "@/lib/search/outbox/enqueue";
import { recordAudit } from "@/lib/audit/audit";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { memberIds, notify } from "@/lib/notifications/notifications";
import { deliverNotices } from "@/lib/notifications/mail";
import { fail, invalid, type Result } from "@/lib/result";
import { archiveSchema, restoreSchema } from "./schema";

// Unpublishing: an archived entry leaves the public site and the index but
// keeps its history; the reason goes on record, and the entry's address keeps
// answering (410 Gone) with the reason and the entry that takes its place, if
// the moderator names one. Restoring undoes it, also with a reason, so a
// mistaken archive costs nothing.

type Successor = { id: string; slug: string } | null;

export async function archiveEntry(actor: Actor | null, input: unknown): Promise<Result<object>> {
  if (!canModerate(actor)) return fail("forbidden", "Only alliance moderators archive and restore entries.");
  const parsed = archiveSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const successor = await findSuccessor(parsed.data.slug, parsed.data.successor);
  if (!successor.ok) return successor;
  return setArchived(actor, parsed.data, successor.entry);
}

export async function restoreEntry(actor: Actor | null, input: unknown): Promise<Result<object>> {
  if (!canModerate(actor)) return fail("forbidden", "Only alliance moderators archive and restore entries.");
  const parsed = restoreSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return setArchived(actor, parsed.data, false);
}

/** The published entry named as successor ("" names none); never the archived entry itself. */
async function findSuccessor(slug: string, successorSlug: string): Promise<Result<{ entry: Successor }>> {
  if (successorSlug === "") return { ok: true, entry: null };
  const refuse = (message: string) => fail("invalid", "Some fields need attention.", { successor: [message] });
  if (successorSlug === slug) return refuse("An entry cannot take its own place.");
  const entry = await db.entry.findUnique({ where: { slug: successorSlug }, select: { id: true, slug: true, title: true, archivedAt: true } });
  if (!entry) return refuse(`No published entry has the address “${successorSlug}”. Search for it by its title.`);
  if (entry.archivedAt) return refuse(`“${entry.title}” is archived itself: name an entry that is on the site.`);
  return { ok: true, entry: { id: entry.id, slug: entry.slug } };
}

/** Archives (with a successor or null) or, given false, restores. */
async function setArchived(actor: Actor, input: { slug: string; reason: string }, successor: Successor | false): Promise<Result<object>> {
  const archive = successor !== false;
  const { slug, reason } = input;
  const notices = await db.$transaction(async (tx) => {
    // SQL, as Prisma's @updatedAt would move "last updated": neither is a content change.
    const changed = archive
      ? await tx.$executeRaw`
          UPDATE entries SET archived_at = now(), archive_reason = ${reason}, archive_successor_id = ${successor?.id ?? null}::uuid, version = version + 1
          WHERE slug = ${slug} AND archived_at IS NULL`
      : await tx.$executeRaw`
          UPDATE entries SET archived_at = NULL, archive_reason = NULL, archive_successor_id = NULL, restored_at = now(), version = version + 1
          WHERE slug = ${slug} AND archived_at IS NOT NULL`;
    if (changed === 0) return null;
    const entry = await tx.entry.findUniqueOrThrow({ where: { slug }, select: { id: true, title: true, organisationId: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: archive ? "entry.archived" : "entry.restored",
      subjectType: "entry",
      subjectId: entry.id,
      details: archive && successor ? { slug, reason, successor: successor.slug } : { slug, reason },
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
  deliverNotices(notices);
  return { ok: true };
}
