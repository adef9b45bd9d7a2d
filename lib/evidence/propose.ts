import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/audit";
import { canProposeFor, type Actor } from "@/lib/auth/permissions";
import { deliverNotices } from "@/lib/notifications/mail";
import { notify, staffIds } from "@/lib/notifications/notifications";
import { fail, noSuchEntry, invalid, type Result } from "@/lib/result";
import { proposeEvidenceSchema } from "./proposal-schema";

// A member of the organisation that owns an entry proposes evidence for a
// moderator to assess. Who may: the rule of every proposal for an
// organisation (canProposeFor), against the entry's owner as the database has
// it now, the way "still accurate" decides (lib/verification/confirm.ts).
// Staff need no proposal: they assess. One pending proposal per entry and
// proposer: a second is refused until a moderator has decided the first
// (docs/decisions/014-evidence-proposals.md).

export const SIGN_IN_TO_PROPOSE_EVIDENCE = "Sign in to propose evidence for an entry.";
export const ONLY_OWNERS_PROPOSE_EVIDENCE = "Only members of the organisation that owns this entry can propose evidence for it.";
export const ALREADY_PROPOSED = "You have already proposed evidence for this entry. A moderator will decide on it first, and you will be told of the decision.";

/** Where moderators decide on an entry's proposed evidence. */
export function evidenceProposalsHref(slug: string): string {
  return `/moderation/entries/${encodeURIComponent(slug)}#evidence-proposals`;
}

export async function proposeEvidence(actor: Actor | null, input: unknown): Promise<Result<{ proposalId: string }>> {
  if (!actor) return fail("forbidden", SIGN_IN_TO_PROPOSE_EVIDENCE);
  const parsed = proposeEvidenceSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { slug, level, url, note } = parsed.data;
  const outcome = await db.$transaction(async (tx) => {
    // Locked, like a confirmation: two proposals of one person for one entry come one after the other.
    const [entry] = await tx.$queryRaw<{ id: string; organisation_id: string | null; title: string }[]>`
      SELECT id, organisation_id, title FROM entries WHERE slug = ${slug} AND archived_at IS NULL FOR UPDATE`;
    if (!entry) return noSuchEntry();
    if (!canProposeFor(actor, entry.organisation_id)) return fail("forbidden", ONLY_OWNERS_PROPOSE_EVIDENCE);
    const pending = await tx.evidenceProposal.count({ where: { entryId: entry.id, proposerId: actor.id, state: "pending" } });
    if (pending > 0) return fail("conflict", ALREADY_PROPOSED);
    const proposal = await tx.evidenceProposal.create({ data: { entryId: entry.id, proposerId: actor.id, level, url, note }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "entry.evidence_proposed",
      subjectType: "entry",
      subjectId: entry.id,
      details: { slug, proposalId: proposal.id, level, url, note },
    });
    const notices = await notify(tx, await staffIds(tx), { key: "evidenceProposed", params: { title: entry.title }, href: evidenceProposalsHref(slug) });
    return { ok: true as const, proposalId: proposal.id, notices };
  });
  if (!outcome.ok) return outcome;
  deliverNotices(outcome.notices);
  return { ok: true, proposalId: outcome.proposalId };
}
