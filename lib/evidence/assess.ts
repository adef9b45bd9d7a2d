import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/audit";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { fail, noSuchEntry, invalid, type Result } from "@/lib/result";
import { enqueueIndexChange } from "@/lib/search/outbox/enqueue";
import { assessEvidenceSchema } from "./schema";

// Moderators assess the evidence behind a published entry against the rubric,
// or withdraw an assessment. It is not part of the entry's content, so no
// proposal or version: the audit log keeps each assessment with who made it.
// The search document follows by trigger (ADR 013); an external engine through
// the outbox, written here in the same transaction.

export const ONLY_MODERATORS_ASSESS = "Only alliance moderators assess evidence.";

export async function assessEvidence(actor: Actor | null, input: unknown): Promise<Result<object>> {
  if (!canModerate(actor)) return fail("forbidden", ONLY_MODERATORS_ASSESS);
  return db.$transaction((tx) => assessEvidenceIn(tx, actor, input));
}

/**
 * The assessment inside a transaction of the caller's, so that accepting a
 * member's proposed evidence (decide.ts) assesses and records its decision
 * at once. Checks the actor itself, as every caller must.
 */
export async function assessEvidenceIn(tx: Prisma.TransactionClient, actor: Actor | null, input: unknown): Promise<Result<object>> {
  if (!canModerate(actor)) return fail("forbidden", ONLY_MODERATORS_ASSESS);
  const parsed = assessEvidenceSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { slug, level, justification } = parsed.data;
  const evidenceUrl = parsed.data.evidenceUrl || null;
  const entry = await tx.entry.findFirst({ where: { slug, archivedAt: null }, select: { id: true, evidence: { select: { level: true } } } });
  if (!entry) return noSuchEntry();
  if (level === "none") {
    if (!entry.evidence) {
      const message = "This entry has not been assessed: there is nothing to withdraw.";
      return fail("invalid", message, { level: [message] });
    }
    await tx.evidenceAssessment.delete({ where: { entryId: entry.id } });
  } else {
    const assessment = { level, justification, evidenceUrl, assessedAt: new Date(), assessedById: actor.id };
    await tx.evidenceAssessment.upsert({ where: { entryId: entry.id }, create: { entryId: entry.id, ...assessment }, update: assessment });
  }
  await enqueueIndexChange(tx, [entry.id], "index");
  await recordAudit(tx, {
    actorId: actor.id,
    action: level === "none" ? "entry.evidence_withdrawn" : "entry.evidence_assessed",
    subjectType: "entry",
    subjectId: entry.id,
    details: { slug, level, previous: entry.evidence?.level ?? "none", justification, ...(evidenceUrl ? { evidenceUrl } : {}) },
  });
  return { ok: true };
}
