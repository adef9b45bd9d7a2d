import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { staleBefore } from "./freshness";

// Entries by how long ago they were last confirmed: the moderators' "Needs
// checking" list and the list of an organisation's own entries to confirm.

export const NEEDS_CHECKING_PAGE_SIZE = 50;
/** At most this many of an organisation's entries on the contributions page, least recently verified first. */
export const OWN_ENTRIES_SHOWN = 50;

export type VerificationItem = {
  slug: string;
  title: string;
  kind: string;
  lastVerifiedAt: Date | null;
  updatedAt: Date;
  organisation: string | null;
};

export type NeedsCheckingPage = { items: VerificationItem[]; total: number; page: number; pageCount: number };

const ITEM = {
  slug: true,
  title: true,
  kind: true,
  lastVerifiedAt: true,
  updatedAt: true,
  organisation: { select: { name: true } },
} satisfies Prisma.EntrySelect;

// Never verified first, then the oldest confirmation; the slug keeps pages stable.
const OLDEST_FIRST: Prisma.EntryOrderByWithRelationInput[] = [{ lastVerifiedAt: { sort: "asc", nulls: "first" } }, { slug: "asc" }];

function toItem(row: Prisma.EntryGetPayload<{ select: typeof ITEM }>): VerificationItem {
  return { ...row, organisation: row.organisation?.name ?? null };
}

/** Published entries not verified for 24 months or more, or never: staff only (null for anyone else). */
export async function listNeedsChecking(actor: Actor | null, page: number, now = new Date()): Promise<NeedsCheckingPage | null> {
  if (!canModerate(actor)) return null;
  const where: Prisma.EntryWhereInput = { archivedAt: null, OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lte: staleBefore(now) } }] };
  const total = await db.entry.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / NEEDS_CHECKING_PAGE_SIZE));
  const shown = Math.min(page, pageCount);
  const rows = await db.entry.findMany({
    where,
    select: ITEM,
    orderBy: OLDEST_FIRST,
    skip: (shown - 1) * NEEDS_CHECKING_PAGE_SIZE,
    take: NEEDS_CHECKING_PAGE_SIZE,
  });
  return { items: rows.map(toItem), total, page: shown, pageCount };
}

/** The published entries of the actor's organisations, least recently verified first, and how many there are. */
export async function listOwnEntriesToConfirm(actor: Actor): Promise<{ items: VerificationItem[]; total: number }> {
  if (actor.organisationIds.length === 0) return { items: [], total: 0 };
  const where: Prisma.EntryWhereInput = { archivedAt: null, organisationId: { in: actor.organisationIds } };
  const [total, rows] = await Promise.all([
    db.entry.count({ where }),
    db.entry.findMany({ where, select: ITEM, orderBy: OLDEST_FIRST, take: OWN_ENTRIES_SHOWN }),
  ]);
  return { items: rows.map(toItem), total };
}
