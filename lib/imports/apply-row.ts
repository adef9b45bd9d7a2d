import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { insertProposal } from "@/lib/submissions/proposals";
import { publishContent } from "@/lib/submissions/publish";
import type { ProposalContent } from "@/lib/submissions/schema";
import type { ImportMode } from "./limits";

// One row of an import, applied inside the import's transaction with the same
// code a member's proposal and a moderator's approval go through.

export type RowTarget = { importId: string; fileName: string; mode: ImportMode; organisationId: string; actorId: string };
export type AppliedRow = { proposalId: string; entry: { id: string; slug: string; title: string } | null };

export async function applyRow(tx: Prisma.TransactionClient, target: RowTarget, row: number, content: ProposalContent): Promise<AppliedRow> {
  const details = { import: target.importId, row };
  if (target.mode === "proposals") {
    // Sent for review straight away: it waits in the queue like any member's proposal.
    const proposalId = await insertProposal(tx, {
      organisationId: target.organisationId,
      authorId: target.actorId,
      content,
      state: "submitted",
      audit: { action: "proposal.imported", details: { ...details, to: "submitted" } },
    });
    return { proposalId, entry: null };
  }
  // Published at once, but on the same record as a reviewed proposal: an approved
  // proposal with its review, so the entry's history reads like any other's.
  const proposalId = await insertProposal(tx, {
    organisationId: target.organisationId,
    authorId: target.actorId,
    content,
    state: "approved",
    audit: { action: "proposal.imported", details: { ...details, to: "approved" } },
  });
  await tx.review.create({
    data: { proposalId, moderatorId: target.actorId, decision: "approve", comment: `Published directly by a bulk import of ${target.fileName}.` },
  });
  const published = await publishContent(
    tx,
    { proposalId, entryId: null, organisationId: target.organisationId, content, approvedById: target.actorId },
    { deferIndexing: true },
  );
  await tx.proposal.update({ where: { id: proposalId }, data: { entryId: published.entryId, reviewedContent: content } });
  return { proposalId, entry: { id: published.entryId, slug: published.slug, title: content.title } };
}
