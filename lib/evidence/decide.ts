import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/audit";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { deliverNotices } from "@/lib/notifications/mail";
import { notify, type Notice } from "@/lib/notifications/notifications";
import { fail, invalid, type Failure, type Result } from "@/lib/result";
import { assessEvidenceIn } from "./assess";
import { acceptEvidenceProposalSchema, declineEvidenceProposalSchema, EVIDENCE_PROPOSAL_GONE } from "./proposal-schema";

// A moderator decides on evidence a member proposed. Accepting is assessing
// the entry (assess.ts) with the proposal's address, in the same transaction
// as the decision, so neither stands without the other. Each decision locks
// the proposal: of two moderators deciding at once, the second is told.
// The proposer hears of either outcome, in the app and by mail after commit.

export const ONLY_MODERATORS_DECIDE = "Only alliance moderators decide on proposed evidence.";
export const ALREADY_DECIDED = "This proposed evidence has already been decided. Reload the page to see the decision.";

const PENDING = { id: true, level: true, url: true, proposerId: true, entryId: true, entry: { select: { slug: true, title: true } } } satisfies Prisma.EvidenceProposalSelect;
type Pending = Prisma.EvidenceProposalGetPayload<{ select: typeof PENDING }>;

/** The proposal, locked until the transaction ends, while it is still pending. */
async function lockPending(tx: Prisma.TransactionClient, id: string): Promise<Result<{ proposal: Pending }>> {
  const [locked] = await tx.$queryRaw<{ state: string }[]>`
    SELECT state FROM evidence_proposals WHERE id = ${id}::uuid FOR UPDATE`;
  if (!locked) return fail("not_found", EVIDENCE_PROPOSAL_GONE);
  if (locked.state !== "pending") return fail("conflict", ALREADY_DECIDED);
  return { ok: true, proposal: await tx.evidenceProposal.findUniqueOrThrow({ where: { id }, select: PENDING }) };
}

type Decided = { ok: true; slug: string; notices: Notice[] };

export async function acceptEvidenceProposal(actor: Actor | null, input: unknown): Promise<Result<{ slug: string }>> {
  if (!canModerate(actor)) return fail("forbidden", ONLY_MODERATORS_DECIDE);
  const parsed = acceptEvidenceProposalSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { proposalId, level, justification } = parsed.data;
  const outcome = await db.$transaction(async (tx): Promise<Decided | Failure> => {
    const locked = await lockPending(tx, proposalId);
    if (!locked.ok) return locked;
    const { proposal } = locked;
    // Nothing is written before the assessment: when it fails, the proposal stays pending.
    const assessed = await assessEvidenceIn(tx, actor, { slug: proposal.entry.slug, level, justification, evidenceUrl: proposal.url });
    if (!assessed.ok) return assessed;
    await tx.evidenceProposal.update({ where: { id: proposal.id }, data: { state: "accepted", decidedAt: new Date(), decidedById: actor.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "entry.evidence_proposal_accepted",
      subjectType: "entry",
      subjectId: proposal.entryId,
      details: { slug: proposal.entry.slug, proposalId: proposal.id, proposed: proposal.level, level, url: proposal.url },
    });
    const notices = await notify(tx, proposal.proposerId ? [proposal.proposerId] : [], {
      key: "evidenceProposalAccepted",
      params: { title: proposal.entry.title, level },
      href: `/entries/${proposal.entry.slug}`,
    }, { comment: justification });
    return { ok: true, slug: proposal.entry.slug, notices };
  });
  if (!outcome.ok) return outcome;
  deliverNotices(outcome.notices);
  return { ok: true, slug: outcome.slug };
}

export async function declineEvidenceProposal(actor: Actor | null, input: unknown): Promise<Result<{ slug: string }>> {
  if (!canModerate(actor)) return fail("forbidden", ONLY_MODERATORS_DECIDE);
  const parsed = declineEvidenceProposalSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { proposalId, reason } = parsed.data;
  const outcome = await db.$transaction(async (tx): Promise<Decided | Failure> => {
    const locked = await lockPending(tx, proposalId);
    if (!locked.ok) return locked;
    const { proposal } = locked;
    await tx.evidenceProposal.update({
      where: { id: proposal.id },
      data: { state: "declined", decidedAt: new Date(), decidedById: actor.id, decisionReason: reason },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "entry.evidence_proposal_declined",
      subjectType: "entry",
      subjectId: proposal.entryId,
      details: { slug: proposal.entry.slug, proposalId: proposal.id, level: proposal.level, url: proposal.url, reason },
    });
    const notices = await notify(tx, proposal.proposerId ? [proposal.proposerId] : [], {
      key: "evidenceProposalDeclined",
      params: { title: proposal.entry.title },
      href: "/contributions#evidence-proposals",
    }, { comment: reason });
    return { ok: true, slug: proposal.entry.slug, notices };
  });
  if (!outcome.ok) return outcome;
  deliverNotices(outcome.notices);
  return { ok: true, slug: outcome.slug };
}
