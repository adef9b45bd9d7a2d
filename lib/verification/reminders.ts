import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { entryInLanguage, storedTranslations } from "@/lib/catalogue/translations";
import { enqueueMail, type OutboxMail } from "@/lib/mail/outbox";
import { memberIds } from "@/lib/notifications/notifications";
import { monthsBefore, REMIND_AFTER_MONTHS } from "./freshness";
import { LINK_LIFETIME_DAYS, newLinkToken, pruneReminderLinks, VERIFIED_AT } from "./reminder-links";
import { reminderMail } from "./reminder-mail";
import { toLocale } from "@/lib/i18n/locales";

// The yearly reminders (ADR 016). Entries whose verification is 12 months old
// or more and that have no reminder for it yet are taken a few at a time;
// each batch, in one transaction, records its reminders, makes each member's
// link and queues their mail (sent after commit by the outbox). A batch
// committed is done; one that did not commit left nothing, so a run after a
// crash neither repeats nor skips a mail. The entries are locked (SKIP
// LOCKED) while their batch lasts, so two runs at once take different ones,
// and a confirmation at that moment waits for the batch rather than racing it.

const BATCH_SIZE = 20;

export type BatchReport = { entries: number; mails: number; noOneToRemind: number };
export type ReminderReport = BatchReport & { batches: number; prunedLinks: number };

export type ReminderOptions = {
  /** The run's clock: entries verified 12 months before it are due. */
  now: Date;
  batchSize?: number;
  signal?: AbortSignal;
  /** Called after each batch has committed (tests crash a run here). */
  afterBatch?: (batch: BatchReport) => void | Promise<void>;
};

type DueEntry = {
  id: string;
  slug: string;
  title: string;
  title_lang: string | null;
  summary: string;
  description: string;
  translations: Prisma.JsonValue;
  organisation_id: string | null;
  organisation: string | null;
  last_verified_at: Date | null;
  published_at: Date;
  /** The verification instant as PostgreSQL prints it (microseconds and offset kept), for the run's cursor. */
  due_at: string;
};

/** Where a run has got to in the order of due entries (verification, then id). */
export type Cursor = { dueAt: string; id: string } | null;

type Member = { id: string; email: string; name: string | null; locale: string };

/** Who a reminder of the organisation's entries goes to: its active members whose accounts are not deactivated. */
async function reminderRecipients(tx: Prisma.TransactionClient, organisationId: string | null): Promise<Member[]> {
  if (!organisationId) return [];
  const ids = await memberIds(tx, organisationId);
  return tx.user.findMany({ where: { id: { in: ids }, deactivatedAt: null }, select: { id: true, email: true, name: true, locale: true }, orderBy: { id: "asc" } });
}

/**
 * The next `size` due entries after the cursor, locked for this run. It reads them in the
 * order of the partial index entries_verification_due_idx, so a batch costs its own rows:
 * without the cursor every batch walked past the entries reminded before it, and without
 * the index it sorted every due entry (1.2 s a batch at 50 000 entries, for half an hour
 * after loading them).
 */
export function dueEntriesQuery(dueBefore: string, size: number, after: Cursor): Prisma.Sql {
  return Prisma.sql`
    SELECT e.id, e.slug, e.title, e.title_lang, e.summary, e.description, e.translations, e.organisation_id,
           o.name AS organisation, e.last_verified_at, e.published_at AT TIME ZONE 'UTC' AS published_at,
           ${VERIFIED_AT}::text AS due_at
    FROM entries e LEFT JOIN organisations o ON o.id = e.organisation_id
    WHERE e.archived_at IS NULL
      AND ${VERIFIED_AT} <= ${dueBefore}::timestamptz
      AND ${after ? Prisma.sql`(${VERIFIED_AT}, e.id) > (${after.dueAt}::timestamptz, ${after.id}::uuid)` : Prisma.sql`TRUE`}
      AND NOT EXISTS (SELECT 1 FROM verification_reminders r WHERE r.entry_id = e.id AND r.verified_at = ${VERIFIED_AT})
    ORDER BY ${VERIFIED_AT}, e.id
    LIMIT ${size}
    FOR UPDATE OF e SKIP LOCKED`;
}

/** One batch in one transaction; `taken` is how many due entries it looked at (0: none is left). */
async function remindBatch(now: Date, size: number, after: Cursor): Promise<{ taken: number; last: Cursor; report: BatchReport }> {
  const at = now.toISOString();
  const dueBefore = monthsBefore(now, REMIND_AFTER_MONTHS).toISOString();
  const expires = new Date(now.getTime() + LINK_LIFETIME_DAYS * 24 * 3600 * 1000);
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<DueEntry[]>(dueEntriesQuery(dueBefore, size, after));
    const report: BatchReport = { entries: 0, mails: 0, noOneToRemind: 0 };
    const mails: OutboxMail[] = [];
    for (const entry of due) {
      const members = await reminderRecipients(tx, entry.organisation_id);
      // The verification is copied in SQL: last_verified_at has microseconds, which a JavaScript date would lose.
      const recorded = await tx.$executeRaw`
        INSERT INTO verification_reminders (entry_id, verified_at, reminded_at, recipients)
        SELECT e.id, ${VERIFIED_AT}, ${at}::timestamptz, ${members.length} FROM entries e WHERE e.id = ${entry.id}::uuid
        ON CONFLICT DO NOTHING`;
      // Another run reminded it after this one's snapshot was taken.
      if (recorded === 0) continue;
      report.entries += 1;
      if (members.length === 0) report.noOneToRemind += 1;
      const verifiedAt = (entry.last_verified_at ?? entry.published_at).toISOString();
      for (const member of members) {
        const { token, tokenHash } = newLinkToken();
        await tx.$executeRaw`
          INSERT INTO verification_links (token_hash, entry_id, verified_at, user_id, created_at, expires_at)
          SELECT ${tokenHash}, e.id, ${VERIFIED_AT}, ${member.id}::uuid, ${at}::timestamptz, ${expires.toISOString()}::timestamptz
          FROM entries e WHERE e.id = ${entry.id}::uuid`;
        const locale = toLocale(member.locale);
        const shown = entryInLanguage({ ...entry, titleLang: entry.title_lang, translations: storedTranslations(entry.translations) }, locale);
        const mail = await reminderMail(locale, {
          name: member.name,
          title: shown.title,
          organisation: entry.organisation ?? "",
          slug: entry.slug,
          lastVerifiedAt: entry.last_verified_at,
          publishedAt: entry.published_at,
          token,
          expiresAt: expires,
        });
        mails.push({ to: member.email, ...mail, dedupeKey: `verification-reminder:${entry.id}:${member.id}:${verifiedAt}` });
      }
    }
    report.mails = await enqueueMail(tx, mails);
    const last = due.at(-1);
    return { taken: due.length, last: last ? { dueAt: last.due_at, id: last.id } : after, report };
  });
}

/** Reminds every due entry's members, batch after batch, until none is left. */
export async function sendDueReminders(options: ReminderOptions): Promise<ReminderReport> {
  const total: ReminderReport = { entries: 0, mails: 0, noOneToRemind: 0, batches: 0, prunedLinks: await pruneReminderLinks(options.now) };
  // Entries another run holds (SKIP LOCKED) are passed by the cursor: that run reminds them.
  let after: Cursor = null;
  for (;;) {
    const { taken, last, report: batch } = await remindBatch(options.now, options.batchSize ?? BATCH_SIZE, after);
    after = last;
    if (taken === 0) return total;
    total.batches += 1;
    total.entries += batch.entries;
    total.mails += batch.mails;
    total.noOneToRemind += batch.noOneToRemind;
    await options.afterBatch?.(batch);
    // Stopping between batches loses nothing; the job is tried again within a minute.
    if (options.signal?.aborted) throw new Error(`Stopped after reminding ${total.entries} entries; the others are reminded at the next run.`);
  }
}
