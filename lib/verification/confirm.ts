import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/audit";
import { canConfirmAccuracy, type Actor } from "@/lib/auth/permissions";
import { fail, noSuchEntry, invalid, type Result } from "@/lib/result";
import { enqueueIndexChange } from "@/lib/search/outbox/enqueue";
import { confirmAccurateSchema } from "./schema";

// "Still accurate": someone responsible says the published entry is right as
// it is. Nothing about the entry changes but last_verified_at: no proposal, no
// review, no new version, and "last updated" (updated_at, the last published
// content change) stays, so the write is SQL: Prisma's @updatedAt would move it.
// The search document follows by trigger (ADR 013); an external engine through
// the outbox, written here in the same transaction.

export const SIGN_IN_TO_CONFIRM = "Sign in to confirm that an entry is still accurate.";
export const ONLY_OWNERS_CONFIRM = "Only members of the organisation that owns this entry, and moderators, can confirm that it is still accurate.";

export type Confirmed = { verifiedAt: Date };

export async function confirmStillAccurate(actor: Actor | null, input: unknown): Promise<Result<Confirmed>> {
  const parsed = confirmAccurateSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  if (!actor) return fail("forbidden", SIGN_IN_TO_CONFIRM);
  const { slug } = parsed.data;
  return db.$transaction((tx) => confirmInTransaction(tx, actor, slug));
}

/**
 * The one rule and its audit event, in the caller's transaction: the page's
 * button calls it alone, a reminder's link with the use of its token, so that
 * a refused confirmation leaves the link unused. `via` names the way in the audit event.
 */
export async function confirmInTransaction(tx: Prisma.TransactionClient, actor: Actor | null, slug: string, via?: "reminder-link"): Promise<Result<Confirmed>> {
  if (!actor) return fail("forbidden", SIGN_IN_TO_CONFIRM);
  const [entry] = await tx.$queryRaw<{ id: string; organisation_id: string | null; last_verified_at: Date | null }[]>`
    SELECT id, organisation_id, last_verified_at FROM entries WHERE slug = ${slug} AND archived_at IS NULL FOR UPDATE`;
  if (!entry) return noSuchEntry();
  if (!canConfirmAccuracy(actor, entry.organisation_id)) return fail("forbidden", ONLY_OWNERS_CONFIRM);
  const [stamped] = await tx.$queryRaw<{ last_verified_at: Date }[]>`
    UPDATE entries SET last_verified_at = now() WHERE id = ${entry.id}::uuid RETURNING last_verified_at`;
  if (!stamped) throw new Error("confirmInTransaction: the entry locked above was not updated");
  await enqueueIndexChange(tx, [entry.id], "index");
  await recordAudit(tx, {
    actorId: actor.id,
    action: "entry.verified",
    subjectType: "entry",
    subjectId: entry.id,
    details: { slug, previous: entry.last_verified_at?.toISOString() ?? null, ...(via ? { via } : {}) },
  });
  return { ok: true, verifiedAt: stamped.last_verified_at };
}
