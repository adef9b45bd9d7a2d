import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { retryDelayMs } from "@/lib/jobs/backoff";
import { siteUrl } from "@/lib/site-url";
import { mailSchema, sendMail } from "./send";

// Mail that must go exactly when a change commits: written into mail_outbox
// in the change's own transaction, sent after commit by whichever runner
// claims it (FOR UPDATE SKIP LOCKED with a lease, like the search outbox),
// retried with a growing pause. A rolled-back change sends nothing; a
// committed one is sent even when the process that made it dies. Each row is
// marked sent right after the SMTP server accepted it, so only a crash in
// between can send a mail twice; its Message-ID is derived from the row, so
// the copy carries the same Message-ID and mail clients show it once.

export const outboxMailSchema = mailSchema.pick({ to: true, subject: true, text: true, replyTo: true, headers: true }).extend({
  /** At most one mail per key, ever: a job that runs again cannot send the same mail twice. */
  dedupeKey: z.string().min(1).max(300).optional(),
});
export type OutboxMail = z.infer<typeof outboxMailSchema>;

export type MailDeliveryOptions = {
  batchSize?: number;
  lockSeconds?: number;
  /** The clock, for tests; the database's clock otherwise. */
  now?: Date;
  /** Called after each mail is recorded as sent; throwing stops the batch there, as a crash would. */
  afterSend?: (id: bigint) => void;
};

export type MailDeliveryReport = { sent: number; failed: number };

const DEFAULT_BATCH_SIZE = 20;
// Longer than a batch of SMTP conversations can take, so that no other runner
// takes over rows that are still being sent.
const DEFAULT_LOCK_SECONDS = 600;
/** After this many failed attempts (about a day of retries) a mail is given up and logged. */
export const MAX_MAIL_ATTEMPTS = 12;
const KEEP_SENT_SECONDS = 30 * 24 * 3600;

type Claimed = { id: bigint; attempts: number; recipient: string; subject: string; text: string; reply_to: string | null; headers: unknown };

const headersSchema = z.record(z.string(), z.string());

/** Queues mail in the caller's transaction: the number queued (a mail whose dedupe key exists already is not). */
export async function enqueueMail(tx: Prisma.TransactionClient, mails: OutboxMail | OutboxMail[]): Promise<number> {
  const rows = (Array.isArray(mails) ? mails : [mails]).map((mail) => outboxMailSchema.parse(mail));
  if (rows.length === 0) return 0;
  const { count } = await tx.mailOutbox.createMany({
    data: rows.map((m) => ({ recipient: m.to, subject: m.subject, text: m.text, replyTo: m.replyTo ?? null, headers: m.headers ?? {}, dedupeKey: m.dedupeKey ?? null })),
    skipDuplicates: true,
  });
  return count;
}

function messageId(id: bigint): string {
  const host = new URL(siteUrl()).hostname || "localhost";
  const tag = createHash("sha256").update(`${host}:${id}`).digest("hex").slice(0, 12);
  return `<outbox-${id}.${tag}@${host}>`;
}

/** Claims up to `batchSize` mails that are due and sends them one by one. */
export async function deliverMail(options: MailDeliveryOptions = {}): Promise<MailDeliveryReport> {
  const at = options.now?.toISOString() ?? null;
  const lockSeconds = options.lockSeconds ?? DEFAULT_LOCK_SECONDS;
  // The attempt count is the claim's token (see the search outbox).
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE mail_outbox o
    SET attempts = o.attempts + 1,
        locked_until = coalesce(${at}::timestamptz, now()) + ${lockSeconds} * interval '1 second'
    WHERE o.id IN (
      SELECT c.id FROM mail_outbox c
      WHERE c.sent_at IS NULL AND c.failed_at IS NULL
        AND c.available_at <= coalesce(${at}::timestamptz, now())
        AND (c.locked_until IS NULL OR c.locked_until <= coalesce(${at}::timestamptz, now()))
      ORDER BY c.id
      LIMIT ${options.batchSize ?? DEFAULT_BATCH_SIZE}
      FOR UPDATE SKIP LOCKED)
    RETURNING o.id, o.attempts, o.recipient, o.subject, o.text, o.reply_to, o.headers`;
  claimed.sort((p, q) => (p.id < q.id ? -1 : 1));
  const report: MailDeliveryReport = { sent: 0, failed: 0 };
  for (const row of claimed) {
    const headers = headersSchema.safeParse(row.headers);
    try {
      await sendMail({
        to: row.recipient,
        subject: row.subject,
        text: row.text,
        ...(row.reply_to ? { replyTo: row.reply_to } : {}),
        ...(headers.success && Object.keys(headers.data).length > 0 ? { headers: headers.data } : {}),
        messageId: messageId(row.id),
      });
    } catch (error) {
      report.failed += 1;
      await markFailed(row, error, at);
      continue;
    }
    await db.$executeRaw`
      UPDATE mail_outbox SET sent_at = coalesce(${at}::timestamptz, now()), locked_until = NULL, last_error = NULL
      WHERE id = ${row.id} AND attempts = ${row.attempts} AND sent_at IS NULL`;
    report.sent += 1;
    options.afterSend?.(row.id);
  }
  return report;
}

async function markFailed(row: Claimed, error: unknown, at: string | null): Promise<void> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  const givenUp = row.attempts >= MAX_MAIL_ATTEMPTS;
  if (givenUp) console.error(JSON.stringify({ event: "mail.given_up", id: row.id.toString(), attempts: row.attempts, error: message }));
  await db.$executeRaw`
    UPDATE mail_outbox
    SET locked_until = NULL, last_error = ${message},
        failed_at = CASE WHEN ${givenUp} THEN coalesce(${at}::timestamptz, now()) END,
        available_at = coalesce(${at}::timestamptz, now()) + ${retryDelayMs(row.attempts)} * interval '1 millisecond'
    WHERE id = ${row.id} AND attempts = ${row.attempts} AND sent_at IS NULL`;
}

/** Sends every mail that is due now, batch after batch. */
export async function deliverAllMail(options: Omit<MailDeliveryOptions, "afterSend"> = {}): Promise<MailDeliveryReport> {
  const total: MailDeliveryReport = { sent: 0, failed: 0 };
  for (;;) {
    const report = await deliverMail(options);
    total.sent += report.sent;
    total.failed += report.failed;
    // Failed mail waits for its retry time; only a batch that sent something may have more behind it.
    if (report.sent === 0) return total;
  }
}

let delivering: Promise<unknown> | null = null;
let again = false;

/**
 * Sends queued mail soon, in this process, after the caller's transaction has
 * committed (a relay's message, a confirmation): the runners' next round
 * would too, but people wait for these. Never throws; failures are retried.
 */
export function deliverMailSoon(): void {
  if (delivering) {
    again = true;
    return;
  }
  delivering = new Promise((resolve) => setImmediate(resolve))
    .then(() => deliverAllMail())
    .catch((error: unknown) => console.error("Mail delivery failed:", error instanceof Error ? error.message : error))
    .finally(() => {
      delivering = null;
      if (again) {
        again = false;
        deliverMailSoon();
      }
    });
}

/** Waits for the delivery deliverMailSoon started, if any (for tests and shutdown). */
export async function mailDelivered(): Promise<void> {
  while (delivering) await delivering;
}

/** Deletes mail sent or given up more than `olderThanSeconds` ago; kept that long to answer "did it go?". */
export async function pruneMailOutbox(olderThanSeconds = KEEP_SENT_SECONDS): Promise<number> {
  return db.$executeRaw`
    DELETE FROM mail_outbox
    WHERE coalesce(sent_at, failed_at) < now() - ${olderThanSeconds} * interval '1 second'`;
}

/** Mail waiting to go (failed attempts included) and the age of the oldest, for /api/health. */
export async function mailOutboxLag(): Promise<{ pending: number; oldestPendingSeconds: number | null }> {
  const [row] = await db.$queryRaw<{ pending: number; oldest: number | null }[]>`
    SELECT count(*)::int AS pending, extract(epoch FROM now() - min(created_at))::float8 AS oldest
    FROM mail_outbox WHERE sent_at IS NULL AND failed_at IS NULL`;
  const oldest = row?.oldest ?? null;
  return { pending: row?.pending ?? 0, oldestPendingSeconds: oldest === null ? null : Math.max(0, Math.floor(oldest)) };
}
