import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/permissions";
import { fail, invalid, type Result } from "@/lib/result";
import { EVIDENCE_PROPOSAL_GONE, withdrawEvidenceProposalSchema } from "./proposal-schema";
import { ALREADY_DECIDED } from "./decide";

// The member who proposed evidence takes it back while no moderator has
// decided on it (a wrong link, a better report found): it leaves the queue,
// stays on record as withdrawn, and they may propose again. Someone else's
// proposal is "not found", so its existence is not told.

export async function withdrawEvidenceProposal(actor: Actor | null, input: unknown): Promise<Result<{ slug: string }>> {
  const parsed = withdrawEvidenceProposalSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { proposalId } = parsed.data;
  if (!actor) return fail("not_found", EVIDENCE_PROPOSAL_GONE);
  return db.$transaction(async (tx): Promise<Result<{ slug: string }>> => {
    // Locked as a decision locks it: a moderator deciding at the same moment goes first or is told.
    const [locked] = await tx.$queryRaw<{ state: string; proposer_id: string | null }[]>`
      SELECT state, proposer_id FROM evidence_proposals WHERE id = ${proposalId}::uuid FOR UPDATE`;
    if (!locked || locked.proposer_id !== actor.id) return fail("not_found", EVIDENCE_PROPOSAL_GONE);
    if (locked.state !== "pending") return fail("conflict", ALREADY_DECIDED);
    const proposal = await tx.evidenceProposal.update({
      where: { id: proposalId },
      data: { state: "withdrawn", decidedAt: new Date(), decidedById: actor.id },
      select: { entryId: true, level: true, url: true, entry: { select: { slug: true } } },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "entry.evidence_proposal_withdrawn",
      subjectType: "entry",
      subjectId: proposal.entryId,
      details: { slug: proposal.entry.slug, proposalId, level: proposal.level, url: proposal.url },
    });
    return { ok: true, slug: proposal.entry.slug };
  });
}
