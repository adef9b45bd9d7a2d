import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { monthsBefore, REMIND_AFTER_MONTHS, staleBefore } from "./freshness";

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
  /** Its yearly reminder reaches nobody: it belongs to no organisation, or the organisation has no active member. */
  noOneToRemind: boolean;
};

export type NeedsCheckingPage = { items: VerificationItem[]; total: number; page: number; pageCount: number };

// Whom the reminder job mails (lib/verification/reminders.ts): active members whose accounts are not deactivated.
const REMINDED_MEMBER = { state: "active", user: { deactivatedAt: null } } satisfies Prisma.MembershipWhereInput;

const ITEM = {
  slug: true,
  title: true,
  kind: true,
  lastVerifiedAt: true,
  updatedAt: true,
  organisation: { select: { name: true, memberships: { where: REMINDED_MEMBER, select: { userId: true }, take: 1 } } },
} satisfies Prisma.EntrySelect;

// Never verified first, then the oldest confirmation; the slug keeps pages stable.
const OLDEST_FIRST: Prisma.EntryOrderByWithRelationInput[] = [{ lastVerifiedAt: { sort: "asc", nulls: "first" } }, { slug: "asc" }];

function toItem({ organisation, ...row }: Prisma.EntryGetPayload<{ select: typeof ITEM }>): VerificationItem {
  return { ...row, organisation: organisation?.name ?? null, noOneToRemind: (organisation?.memberships.length ?? 0) === 0 };
}

/**
 * Due for checking: not verified for 24 months, or never; and, from 12
 * months, those whose reminder reaches nobody, since only moderators can
 * confirm them (ADR 016).
 */
function needsChecking(now: Date): Prisma.EntryWhereInput {
  const noOneToRemind: Prisma.EntryWhereInput = { OR: [{ organisationId: null }, { organisation: { memberships: { none: REMINDED_MEMBER } } }] };
  return {
    archivedAt: null,
    OR: [
      { lastVerifiedAt: null },
      { lastVerifiedAt: { lte: staleBefore(now) } },
      { AND: [{ lastVerifiedAt: { lte: monthsBefore(now, REMIND_AFTER_MONTHS) } }, noOneToRemind] },
    ],
  };
}

/** Published entries not verified for 24 months or more, or never, and those due with no one to remind: staff only (null for anyone else). */
export async function listNeedsChecking(actor: Actor | null, page: number, now = new Date()): Promise<NeedsCheckingPage | null> {
  if (!canModerate(actor)) return null;
  const where = needsChecking(now);
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
