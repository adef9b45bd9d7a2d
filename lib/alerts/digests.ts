import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { LOCALES } from "@/lib/i18n/locales";
import type { JobDefinition } from "@/lib/jobs/runner";
import { enqueueMail } from "@/lib/mail/outbox";
import { digestMail } from "./mails";
import { alertNews } from "./news";
import { nextRunAfter } from "./schedule";
import { ALERT_FREQUENCIES } from "./schema";

// The digest job. Each due alert is one transaction: lock its row (SKIP
// LOCKED: another runner takes the next one), read what is new, record each
// entry version as sent, queue the mail and move the watermark and the next
// run, all committed together. A run that dies leaves the alerts it had not
// committed due, and the next run (here or on another runner) takes them;
// an alert it had committed is not due any more, and its mail is in the
// outbox. So every entry version reaches every subscriber once.

export const ALERTS_JOB_NAME = "alerts.digests";

const ITEMS_PER_MAIL = 20;
const ALERTS_PER_RUN = 500;
const KEEP_PENDING_DAYS = 7;
const KEEP_DELIVERIES_DAYS = 90;

const dueAlertSchema = z.object({
  id: z.string(),
  name: z.string(),
  search: z.string(),
  frequency: z.enum(ALERT_FREQUENCIES),
  locale: z.enum(LOCALES).catch("en"),
  watermark: z.date(),
  confirmed_at: z.date(),
  recipient: z.string(),
  signed_in: z.boolean(),
});

export type DigestOptions = {
  now: Date;
  /** Called after each alert's transaction commits; throwing stops the run there, as a crash would. */
  afterEach?: (alertId: string) => void;
};

export type DigestReport = { looked: number; mailed: number; entries: number };

/** Handles one due alert in its own transaction; null when another runner has it or it is not due. */
async function digestOne(id: string, now: Date): Promise<{ entries: number } | null> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<unknown[]>`
      SELECT a.id::text AS id, a.name, a.search, a.frequency, a.locale, a.watermark, a.confirmed_at,
             coalesce(a.email, u.email) AS recipient, a.user_id IS NOT NULL AS signed_in
      FROM alert_subscriptions a LEFT JOIN users u ON u.id = a.user_id
      WHERE a.id = ${id}::uuid AND a.state = 'active' AND a.next_run_at <= ${now}
        AND (u.id IS NULL OR u.deactivated_at IS NULL)
      FOR UPDATE OF a SKIP LOCKED`;
    const found = rows[0] === undefined ? null : dueAlertSchema.parse(rows[0]);
    if (!found) return null;
    const news = await alertNews(tx, { ...found, confirmedAt: found.confirmed_at }, ITEMS_PER_MAIL + 1);
    const items = news.slice(0, ITEMS_PER_MAIL);
    if (items.length > 0) {
      await tx.alertDelivery.createMany({
        data: items.map((item) => ({ subscriptionId: found.id, entryId: item.entryId, entryVersion: item.version, sentAt: now })),
        skipDuplicates: true,
      });
      const alert = { id: found.id, name: found.name, search: found.search, locale: found.locale, signedIn: found.signed_in };
      const mail = await digestMail(alert, found.recipient, items, news.length > items.length);
      await enqueueMail(tx, { ...mail, dedupeKey: `alert:${found.id}:${now.toISOString()}` });
    }
    await tx.alertSubscription.update({
      where: { id: found.id },
      data: {
        watermark: now,
        lastRunAt: now,
        nextRunAt: nextRunAfter(found.frequency, now),
        ...(items.length > 0 ? { lastSentAt: now, lastNewCount: items.length } : {}),
      },
    });
    return { entries: items.length };
  });
}

/** Mails every due alert its news. */
export async function sendDigests({ now, afterEach }: DigestOptions): Promise<DigestReport> {
  const due = await db.alertSubscription.findMany({
    where: { state: "active", nextRunAt: { lte: now } },
    orderBy: { nextRunAt: "asc" },
    take: ALERTS_PER_RUN,
    select: { id: true },
  });
  const report: DigestReport = { looked: 0, mailed: 0, entries: 0 };
  for (const { id } of due) {
    const done = await digestOne(id, now);
    if (done) {
      report.looked += 1;
      if (done.entries > 0) report.mailed += 1;
      report.entries += done.entries;
    }
    afterEach?.(id);
  }
  return report;
}

/** Forgets visitors' subscriptions never confirmed, and what was mailed long ago. */
async function pruneAlerts(now: Date): Promise<number> {
  const day = 24 * 3600 * 1000;
  const pending = await db.alertSubscription.deleteMany({ where: { state: "pending", createdAt: { lt: new Date(now.getTime() - KEEP_PENDING_DAYS * day) } } });
  await db.alertDelivery.deleteMany({ where: { sentAt: { lt: new Date(now.getTime() - KEEP_DELIVERIES_DAYS * day) } } });
  return pending.count;
}

export const alertsJob: JobDefinition = {
  name: ALERTS_JOB_NAME,
  everySeconds: 60,
  async run({ now }) {
    const report = await sendDigests({ now });
    const pruned = await pruneAlerts(now);
    return `Looked at ${report.looked} alerts, mailed ${report.mailed} digests listing ${report.entries} entries; forgot ${pruned} unconfirmed subscriptions.`;
  },
};
