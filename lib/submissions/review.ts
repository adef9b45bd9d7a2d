import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/audit";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { memberIds, notify, type Notice } from "@/lib/notifications/notifications";
import { deliverNotices, type NoticeDetails } from "@/lib/notifications/mail";
import type { NoticeMessage } from "@/lib/notifications/notice-text";
import { publishContent } from "./publish";
import { fail, invalid, type Result } from "@/lib/result";
import { PROPOSAL_NOT_FOUND } from "./failures";
import { AWAITING_REVIEW, fieldNameSchema, proposalContentSchema, reviewDecisionSchema, STATE_LABELS, toProposalState, type ReviewDecision } from "./schema";

// What moderators do with a proposal waiting for review. Each decision claims
// the proposal with its expected version, so of two moderators acting at once
// one wins and the other is told; nothing is applied twice.

const NEXT_STATE = { approve: "approved", request_changes: "changes_requested", reject: "rejected" } as const;

export type ReviewOutcome = { state: string; entrySlug: string | null };

export async function reviewProposal(actor: Actor | null, input: unknown): Promise<Result<ReviewOutcome>> {
  if (!canModerate(actor)) return fail("forbidden", "Only alliance moderators review proposals.");
  const parsed = reviewDecisionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const decision = parsed.data;
  const proposal = await db.proposal.findUnique({ where: { id: decision.proposalId } });
  if (!proposal) return PROPOSAL_NOT_FOUND;
  if (!AWAITING_REVIEW.some((s) => s === proposal.state) || proposal.version !== decision.expectedVersion) {
    return fail(
      "conflict",
      `This proposal was already handled: it is now “${STATE_LABELS[toProposalState(proposal.state)]}”. Reload to see who decided and why.`,
    );
  }
  const content = proposalContentSchema.safeParse(proposal.content);
  if (decision.decision === "approve" && !content.success) return invalid(content.error, "This proposal cannot be published as it is: request changes instead.");

  const next = NEXT_STATE[decision.decision];
  const outcome = await db.$transaction(async (tx) => {
    const claimed = await tx.proposal.updateMany({
      where: { id: proposal.id, version: decision.expectedVersion, state: { in: AWAITING_REVIEW } },
      data: { state: next, version: { increment: 1 }, reviewedContent: proposal.content ?? {} },
    });
    if (claimed.count === 0) return null;
    await tx.review.create({
      data: {
        proposalId: proposal.id,
        moderatorId: actor.id,
        decision: decision.decision,
        comment: decision.comment,
        fieldComments: decision.decision === "request_changes" ? decision.fieldComments : {},
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: `proposal.${next}`,
      subjectType: "proposal",
      subjectId: proposal.id,
      details: { from: proposal.state, to: next, comment: decision.comment },
    });
    let entrySlug: string | null = null;
    if (decision.decision === "approve" && content.success) {
      const published = await publishContent(tx, {
        proposalId: proposal.id,
        entryId: proposal.entryId,
        organisationId: proposal.organisationId,
        content: content.data,
        approvedById: actor.id,
      });
      entrySlug = published.slug;
      if (!proposal.entryId) await tx.proposal.update({ where: { id: proposal.id }, data: { entryId: published.entryId } });
    }
    // The author hears of every decision, even after leaving the organisation.
    const recipients = [...(proposal.authorId ? [proposal.authorId] : []), ...(await memberIds(tx, proposal.organisationId))];
    const notices: Notice[] = await notify(tx, recipients, {
      ...noticeFor(decision.decision, proposal.title),
      href: entrySlug && decision.decision === "approve" ? `/entries/${entrySlug}` : `/contributions/${proposal.id}`,
    }, decisionDetails(decision));
    return { state: next, entrySlug, notices };
  });
  if (!outcome) return fail("conflict", "Another moderator decided on this proposal a moment ago. Reload to see their decision.");
  deliverNotices(outcome.notices);
  return { ok: true, state: outcome.state, entrySlug: outcome.entrySlug };
}

const NOTICE_KEYS = { approve: "proposalApproved", request_changes: "changesRequested", reject: "proposalRejected" } as const;

function noticeFor(decision: keyof typeof NEXT_STATE, title: string): NoticeMessage {
  return { key: NOTICE_KEYS[decision], params: { title } };
}

/** The moderator's words, for the mail: the member should not need to sign in to learn what to change. */
function decisionDetails(decision: ReviewDecision): NoticeDetails {
  if (decision.decision !== "request_changes") return { comment: decision.comment };
  const fieldComments = Object.entries(decision.fieldComments ?? {}).flatMap(([field, comment]) => {
    const name = fieldNameSchema.safeParse(field);
    return name.success && comment ? [{ field: name.data, comment }] : [];
  });
  return { comment: decision.comment, fieldComments };
}
