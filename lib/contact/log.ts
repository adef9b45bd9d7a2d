import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// The contact relay's abuse log: one row per message a visitor sent, with
// metadata only (ADR 015). Moderators read an entry's recent rows on its
// moderation page; the maintenance job deletes rows after KEEP_DAYS.

export const CONTACT_OUTCOMES = ["relayed", "honeypot", "rate_limited"] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

export const KEEP_DAYS = 90;

export type ContactAttempt = { entryId: string; outcome: ContactOutcome; senderHash: string; clientHash: string; size: number };

export async function logContactAttempt(tx: Prisma.TransactionClient, attempt: ContactAttempt): Promise<void> {
  await tx.contactMessage.create({ data: attempt });
}

export type ContactLogRow = { id: string; at: Date; outcome: ContactOutcome; sender: string; client: string; size: number };

const LOG_ROWS = 50;

function toOutcome(value: string): ContactOutcome {
  return CONTACT_OUTCOMES.find((o) => o === value) ?? "relayed";
}

/** An entry's latest rows, newest first; hashes cut to 10 characters, enough to see that two rows share a sender. */
export async function recentContactLog(entryId: string): Promise<ContactLogRow[]> {
  const rows = await db.contactMessage.findMany({ where: { entryId }, orderBy: { id: "desc" }, take: LOG_ROWS });
  return rows.map((r) => ({
    id: r.id.toString(),
    at: r.createdAt,
    outcome: toOutcome(r.outcome),
    sender: r.senderHash.slice(0, 10),
    client: r.clientHash.slice(0, 10),
    size: r.size,
  }));
}

/** Deletes rows older than `days`; the number deleted. */
export async function pruneContactLog(days = KEEP_DAYS): Promise<number> {
  return db.$executeRaw`DELETE FROM contact_messages WHERE created_at < now() - ${days} * interval '1 day'`;
}
