import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadActor } from "@/lib/auth/actor";
import { canConfirmAccuracy } from "@/lib/auth/permissions";
import { hashToken } from "@/lib/auth/tokens";
import { fail, noSuchEntry, type Failure, type Result } from "@/lib/result";
import { confirmInTransaction, ONLY_OWNERS_CONFIRM, type Confirmed } from "./confirm";

// The "still accurate" link of a reminder (ADR 016): 32 random bytes, of which
// only a SHA-256 is kept, naming one entry, one member and the verification
// the reminder was about. Opening it (GET) only shows the entry: mail
// scanners follow links. The button (POST) uses it once, in the transaction
// of the confirmation itself, which is lib/verification/confirm.ts's: the
// same rule and audit event as the button on the entry page.

export const LINK_LIFETIME_DAYS = 30;
/** Used and expired links are kept this long after they expire, so their page can say why they no longer work. */
const KEEP_EXPIRED_DAYS = 30;

export const LINK_UNKNOWN = "This link does not work. Copy the whole link from the mail, or confirm the entry on its page.";
export const LINK_USED = "This link has been used already: each link in a reminder works once.";
export const LINK_EXPIRED = "This link has expired. Confirm the entry on its page instead.";
export const LINK_SUPERSEDED = "This entry has been confirmed since the reminder was sent: there is nothing more to do.";

/** A link's token as the mail carries it: 43 characters of base64url. */
export const reminderLinkSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });

/** The verification a reminder is about: the last confirmation, or the publication of an entry never confirmed. */
export const VERIFIED_AT = Prisma.sql`coalesce(e.last_verified_at, e.published_at AT TIME ZONE 'UTC')`;

export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export type LinkState =
  | { state: "valid"; slug: string; expiresAt: Date }
  | { state: "used"; slug: string; usedAt: Date }
  | { state: "superseded"; slug: string; lastVerifiedAt: Date }
  | { state: "expired"; slug: string; expiresAt: Date }
  | { state: "forbidden"; slug: string }
  | { state: "archived"; slug: string }
  | { state: "unknown" };

type LinkRow = {
  user_id: string;
  slug: string;
  organisation_id: string | null;
  archived: boolean;
  used_at: Date | null;
  expires_at: Date;
  expired: boolean;
  /** The entry still has the verification the reminder was about (compared in SQL: microseconds). */
  current: boolean;
  last_verified_at: Date | null;
};

async function findLink(tx: Prisma.TransactionClient, token: string, lock: boolean): Promise<LinkRow | null> {
  const rows = await tx.$queryRaw<LinkRow[]>`
    SELECT l.user_id, e.slug, e.organisation_id, e.archived_at IS NOT NULL AS archived, l.used_at, l.expires_at,
           l.expires_at <= now() AS expired, l.verified_at = ${VERIFIED_AT} AS current, e.last_verified_at
    FROM verification_links l JOIN entries e ON e.id = l.entry_id
    WHERE l.token_hash = ${hashToken(token)}
    ${lock ? Prisma.sql`FOR UPDATE OF l, e` : Prisma.empty}`;
  return rows[0] ?? null;
}

/** What a link can do now; the used, expired and superseded say why not. */
async function stateOf(row: LinkRow | null): Promise<LinkState> {
  if (!row) return { state: "unknown" };
  const { slug } = row;
  if (row.archived) return { state: "archived", slug };
  if (row.used_at) return { state: "used", slug, usedAt: row.used_at };
  // (Only a confirmation moves the verification on: an entry never verified keeps its publication.)
  if (!row.current) return row.last_verified_at ? { state: "superseded", slug, lastVerifiedAt: row.last_verified_at } : { state: "unknown" };
  if (row.expired) return { state: "expired", slug, expiresAt: row.expires_at };
  // The member may have left the organisation since: the same rule as the button's.
  if (!canConfirmAccuracy(await loadActor(row.user_id), row.organisation_id)) return { state: "forbidden", slug };
  return { state: "valid", slug, expiresAt: row.expires_at };
}

/** The link's state without using it, for its page (and the status the page answers with). */
export async function reminderLinkState(token: unknown): Promise<LinkState> {
  const parsed = reminderLinkSchema.safeParse({ token });
  if (!parsed.success) return { state: "unknown" };
  return stateOf(await findLink(db, parsed.data.token, false));
}

/** The HTTP status of a link's page: a link that cannot be used answers 4xx with a page that says why. */
export function linkStatus(link: LinkState): 200 | 400 | 403 | 410 {
  switch (link.state) {
    case "valid":
      return 200;
    case "unknown":
      return 400;
    case "forbidden":
      return 403;
    default:
      return 410;
  }
}

const REFUSALS: Record<Exclude<LinkState["state"], "valid">, () => Failure> = {
  unknown: () => fail("not_found", LINK_UNKNOWN),
  used: () => fail("conflict", LINK_USED),
  superseded: () => fail("conflict", LINK_SUPERSEDED),
  expired: () => fail("conflict", LINK_EXPIRED),
  forbidden: () => fail("forbidden", ONLY_OWNERS_CONFIRM),
  archived: () => noSuchEntry(),
};

/**
 * "Still accurate" by a reminder's link: the link is used up in the same
 * transaction as the confirmation, so a refused confirmation leaves it as it
 * was, and two clicks at once confirm once (the row is locked).
 */
export async function confirmByReminderLink(input: unknown): Promise<Result<Confirmed & { slug: string }>> {
  const parsed = reminderLinkSchema.safeParse(input);
  if (!parsed.success) return REFUSALS.unknown();
  const { token } = parsed.data;
  return db.$transaction(async (tx): Promise<Result<Confirmed & { slug: string }>> => {
    const row = await findLink(tx, token, true);
    const link = await stateOf(row);
    if (link.state !== "valid") return REFUSALS[link.state]();
    if (!row) return REFUSALS.unknown();
    const confirmed = await confirmInTransaction(tx, await loadActor(row.user_id), row.slug, "reminder-link");
    if (!confirmed.ok) return confirmed;
    await tx.$executeRaw`
      UPDATE verification_links SET used_at = now() WHERE token_hash = ${hashToken(token)} AND used_at IS NULL`;
    return { ...confirmed, slug: row.slug };
  });
}

/** Deletes links that expired more than a while ago (their page then says the link does not work). */
export async function pruneReminderLinks(now: Date): Promise<number> {
  return db.$executeRaw`
    DELETE FROM verification_links WHERE expires_at < ${now}::timestamptz - ${KEEP_EXPIRED_DAYS} * interval '1 day'`;
}
