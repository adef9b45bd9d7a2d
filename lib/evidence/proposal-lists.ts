import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { evidenceLevelSchema, type EvidenceLevel } from "./levels";
import { evidenceProposalStateSchema, type EvidenceProposalState } from "./proposal-schema";

// Proposed evidence as each reader needs it: moderators, every pending
// proposal (the queue) and an entry's (its moderation page); a member, their
// own, on the entry page and on their contributions page.

/** At most this many rows in each list; the count says how many there are. */
export const EVIDENCE_PROPOSALS_SHOWN = 50;

export type PendingEvidenceProposal = {
  id: string;
  level: EvidenceLevel;
  url: string;
  note: string;
  createdAt: Date;
  /** The proposer's name and address, or null once their account is deleted. */
  proposer: { name: string | null; email: string } | null;
  entry: { slug: string; title: string };
};

export type OwnEvidenceProposal = {
  id: string;
  level: EvidenceLevel;
  url: string;
  note: string;
  state: EvidenceProposalState;
  createdAt: Date;
  decidedAt: Date | null;
  decisionReason: string | null;
  entry: { slug: string; title: string };
};

const PENDING = {
  id: true,
  level: true,
  url: true,
  note: true,
  createdAt: true,
  proposer: { select: { name: true, email: true } },
  entry: { select: { slug: true, title: true } },
} satisfies Prisma.EvidenceProposalSelect;

// A level or state the rules no longer know is left out rather than shown wrongly.
function toPending(row: Prisma.EvidenceProposalGetPayload<{ select: typeof PENDING }>): PendingEvidenceProposal[] {
  const level = evidenceLevelSchema.safeParse(row.level);
  return level.success ? [{ ...row, level: level.data }] : [];
}

// Proposals of archived entries wait, unseen, until the entry is restored.
const WAITING = { state: "pending", entry: { archivedAt: null } } satisfies Prisma.EvidenceProposalWhereInput;

/** Every pending proposal, the longest-waiting first: staff only (null for anyone else). */
export async function listPendingEvidenceProposals(actor: Actor | null): Promise<{ items: PendingEvidenceProposal[]; total: number } | null> {
  if (!canModerate(actor)) return null;
  const [total, rows] = await Promise.all([
    db.evidenceProposal.count({ where: WAITING }),
    db.evidenceProposal.findMany({ where: WAITING, select: PENDING, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: EVIDENCE_PROPOSALS_SHOWN }),
  ]);
  return { items: rows.flatMap(toPending), total };
}

/** One entry's pending proposals, oldest first: staff only (empty for anyone else). */
export async function listEntryEvidenceProposals(actor: Actor | null, slug: string): Promise<PendingEvidenceProposal[]> {
  if (!canModerate(actor)) return [];
  const rows = await db.evidenceProposal.findMany({
    where: { ...WAITING, entry: { slug, archivedAt: null } },
    select: PENDING,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: EVIDENCE_PROPOSALS_SHOWN,
  });
  return rows.flatMap(toPending);
}

const OWN = {
  id: true,
  level: true,
  url: true,
  note: true,
  state: true,
  createdAt: true,
  decidedAt: true,
  decisionReason: true,
  entry: { select: { slug: true, title: true } },
} satisfies Prisma.EvidenceProposalSelect;

function toOwn(row: Prisma.EvidenceProposalGetPayload<{ select: typeof OWN }>): OwnEvidenceProposal[] {
  const level = evidenceLevelSchema.safeParse(row.level);
  const state = evidenceProposalStateSchema.safeParse(row.state);
  return level.success && state.success ? [{ ...row, level: level.data, state: state.data }] : [];
}

/** The actor's own proposals, newest first, and how many there are. */
export async function listOwnEvidenceProposals(actor: Actor): Promise<{ items: OwnEvidenceProposal[]; total: number }> {
  const where = { proposerId: actor.id } satisfies Prisma.EvidenceProposalWhereInput;
  const [total, rows] = await Promise.all([
    db.evidenceProposal.count({ where }),
    db.evidenceProposal.findMany({ where, select: OWN, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: EVIDENCE_PROPOSALS_SHOWN }),
  ]);
  return { items: rows.flatMap(toOwn), total };
}

/** The actor's pending proposal for one entry, if they have one. */
export async function ownPendingEvidenceProposal(actor: Actor, slug: string): Promise<OwnEvidenceProposal | null> {
  const row = await db.evidenceProposal.findFirst({ where: { proposerId: actor.id, state: "pending", entry: { slug } }, select: OWN });
  return row ? (toOwn(row)[0] ?? null) : null;
}
