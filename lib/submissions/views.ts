import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canEditProposal, canModerate, canReadProposal, type Actor } from "@/lib/auth/permissions";
import { entryToContent, parseStoredContent } from "./content";
import { diffContent, type FieldChange } from "./fields";
import { proposalHeading, type ProposalHeading } from "./proposal-heading";
import { toProposalState, type ProposalContent, type ProposalDraft, type ProposalState } from "./schema";

// Proposals as the pages show them: plain objects, only for those allowed.

export type ReviewView = {
  decision: string;
  comment: string;
  fieldComments: Record<string, string>;
  moderator: string;
  createdAt: Date;
};

export type ProposalView = {
  id: string;
  state: ProposalState;
  version: number;
  kind: string;
  title: string;
  organisation: { id: string; name: string; slug: string };
  author: string;
  content: ProposalDraft;
  /** The published entry this edits, as it is now (null for a new entry). */
  published: { slug: string; version: number; archived: boolean; content: ProposalContent } | null;
  /** What changed since the last review (null before any review). */
  sinceReview: FieldChange[] | null;
  reviews: ReviewView[];
  submittedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  canEdit: boolean;
  canModerate: boolean;
};

function stringRecord(value: Prisma.JsonValue): Record<string, string> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (typeof v === "string" && v !== "" ? [[k, v]] : [])));
}

export async function getProposal(actor: Actor | null, id: string): Promise<ProposalView | null> {
  if (!actor || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const row = await db.proposal.findUnique({
    where: { id },
    include: {
      organisation: { select: { id: true, name: true, slug: true } },
      author: { select: { email: true, name: true } },
      entry: { include: { linksFrom: { select: { role: true, to: { select: { slug: true } } } } } },
      reviews: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!row || !canReadProposal(actor, row)) return null;
  const moderators = new Map(
    (
      await db.user.findMany({
        where: { id: { in: row.reviews.flatMap((r) => (r.moderatorId ? [r.moderatorId] : [])) } },
        select: { id: true, email: true, name: true },
      })
    ).map((u) => [u.id, u.name ?? u.email]),
  );
  const content = parseStoredContent(row.content);
  const reviewed = row.reviewedContent === null ? null : parseStoredContent(row.reviewedContent);
  return {
    id: row.id,
    state: toProposalState(row.state),
    version: row.version,
    kind: row.kind,
    title: row.title,
    organisation: row.organisation,
    author: row.author ? (row.author.name ?? row.author.email) : "deleted account",
    content,
    published: row.entry
      ? {
          slug: row.entry.slug,
          version: row.entry.version,
          archived: row.entry.archivedAt !== null,
          content: entryToContent(row.entry, row.entry.linksFrom),
        }
      : null,
    sinceReview: reviewed ? diffContent(reviewed, content).filter((c) => c.changed) : null,
    reviews: row.reviews.map((r) => ({
      decision: r.decision,
      comment: r.comment,
      fieldComments: stringRecord(r.fieldComments),
      moderator: r.moderatorId ? (moderators.get(r.moderatorId) ?? "deleted account") : "system",
      createdAt: r.createdAt,
    })),
    submittedAt: row.submittedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    canEdit: canEditProposal(actor, row),
    canModerate: canModerate(actor) && (row.state === "submitted" || row.state === "resubmitted"),
  };
}

export type ProposalSummary = ProposalHeading & {
  author: string;
  entrySlug: string | null;
  lastComment: string | null;
  updatedAt: Date;
  submittedAt: Date | null;
};

/** "My contributions": every proposal of the actor's organisations and their own. */
export async function listContributions(actor: Actor): Promise<ProposalSummary[]> {
  const rows = await db.proposal.findMany({
    where: { OR: [{ authorId: actor.id }, { organisationId: { in: actor.organisationIds } }] },
    include: {
      organisation: { select: { name: true } },
      author: { select: { email: true, name: true } },
      entry: { select: { slug: true } },
      reviews: { orderBy: { createdAt: "desc" }, take: 1, select: { comment: true } },
    },
    orderBy: { updatedAt: "desc" },
    take: 500,
  });
  return rows.map((r) => ({
    ...proposalHeading(r),
    author: r.author ? (r.author.name ?? r.author.email) : "deleted account",
    entrySlug: r.entry?.slug ?? null,
    lastComment: r.reviews[0]?.comment || null,
    updatedAt: r.updatedAt,
    submittedAt: r.submittedAt,
  }));
}
