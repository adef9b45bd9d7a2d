import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { storedTranslations } from "@/lib/catalogue/translations";
import type { EntryTranslations } from "@/lib/catalogue/schema";
import { parseSearchParams } from "@/lib/search/query";
import { selectionSql } from "@/lib/search/sql/selection";

// What a saved search has not mailed yet: published entries that match it
// and were published or changed since its watermark, each version once.
// The watermark only bounds the scan; alert_deliveries says what was sent.
// An entry whose change committed just after a run read the catalogue, with
// an earlier timestamp, is still found by the next run: the scan starts a
// little before the watermark (never before the alert was confirmed), and
// what was mailed already is left out.

const LOOKBACK_SECONDS = 10 * 60;

export type AlertNewsItem = {
  entryId: string;
  version: number;
  slug: string;
  title: string;
  titleLang: string | null;
  summary: string;
  translations: EntryTranslations;
  /** Published since the last digest (otherwise changed). */
  isNew: boolean;
};

type Row = { entry_id: string; version: number; slug: string; title: string; title_lang: string | null; summary: string; translations: unknown; is_new: boolean };

/** Up to `limit` news items of a saved search, oldest change first, read in the caller's transaction. */
export async function alertNews(
  tx: Prisma.TransactionClient,
  alert: { id: string; search: string; watermark: Date; confirmedAt: Date },
  limit: number,
): Promise<AlertNewsItem[]> {
  const { query } = parseSearchParams(new URLSearchParams(alert.search));
  const selection = await selectionSql({ q: query.q, filters: query.filters }, { strict: true });
  const rows = await tx.$queryRaw<Row[]>`
    SELECT e.id::text AS entry_id, e.version, e.slug, e.title, e.title_lang, e.summary, e.translations,
           e.published_at > (${alert.watermark}::timestamptz AT TIME ZONE 'UTC') AS is_new
    FROM entries e
    WHERE e.archived_at IS NULL
      AND e.updated_at > (greatest(${alert.watermark}::timestamptz - ${LOOKBACK_SECONDS} * interval '1 second', ${alert.confirmedAt}::timestamptz) AT TIME ZONE 'UTC')
      AND NOT EXISTS (SELECT 1 FROM alert_deliveries a WHERE a.subscription_id = ${alert.id}::uuid AND a.entry_id = e.id AND a.entry_version = e.version)
      AND e.id IN (SELECT entry_id FROM search_documents WHERE ${selection.where})
    ORDER BY e.updated_at, e.id
    LIMIT ${limit}`;
  return rows.map((r) => ({
    entryId: r.entry_id,
    version: r.version,
    slug: r.slug,
    title: r.title,
    titleLang: r.title_lang,
    summary: r.summary,
    translations: storedTranslations(r.translations),
    isNew: r.is_new,
  }));
}
