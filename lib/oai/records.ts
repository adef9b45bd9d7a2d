import "server-only";
import { db } from "@/lib/db";
import { entryDescription, readEntriesWithOrganisations, type EntryDescription } from "@/lib/catalogue/entry-organisations";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EntryTranslations } from "@/lib/catalogue/schema";
import { storedTranslations } from "@/lib/catalogue/translations";
import { endOf, type DateBound } from "./datestamps";
import type { SetFilter } from "./sets";

// The repository's records are the catalogue's entries. Archived entries stay
// as deleted records (deletedRecord "persistent"): a harvester learns that they
// are gone. A record's datestamp is its last change: the later of its update
// and its archiving.

export type RecordFilter = { set?: SetFilter; from?: DateBound; until?: DateBound };
export type ListPosition = { at: number; slug: string };

export type OaiRecord = {
  slug: string;
  datestamp: Date;
  deleted: boolean;
  kind: string;
  title: string;
  titleLang: string | null;
  translations: EntryTranslations;
} & EntryDescription & {
  sourceAuthor: string | null;
  website: string | null;
  yearStart: number | null;
  publishedAt: Date;
};

// GREATEST skips NULL, so an entry never archived has its update as datestamp.
// published_at too: a catalogue entry loaded today keeps its older content
// date in updated_at, but is new to this repository (lib/catalogue/seed-dates.ts).
const DATESTAMP = Prisma.sql`GREATEST(e.updated_at, e.published_at, e.archived_at, e.restored_at)`;

// Timestamps are stored as UTC without a zone; parameters are given as UTC instants.
const utc = (ms: number) => Prisma.sql`(${new Date(ms).toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

function conditions(filter: RecordFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`true`];
  const { set, from, until } = filter;
  if (set?.facet === "kind") parts.push(set.value === null ? Prisma.sql`true` : Prisma.sql`e.kind = ${set.value}`);
  if (set?.facet === "country") {
    parts.push(set.value === null ? Prisma.sql`cardinality(e.countries) > 0` : Prisma.sql`${set.value} = ANY(e.countries)`);
  }
  if (from) parts.push(Prisma.sql`${DATESTAMP} >= ${utc(from.start.getTime())}`);
  if (until) parts.push(Prisma.sql`${DATESTAMP} < ${utc(endOf(until).getTime())}`);
  return Prisma.join(parts, " AND ");
}

export async function countRecords(filter: RecordFilter): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM entries e WHERE ${conditions(filter)}`;
  return row?.n ?? 0;
}

/**
 * Up to `limit` records in (datestamp, slug) order, starting after `after`.
 * The order is total, so paging by position is stable while entries change.
 */
export async function listRecords(filter: RecordFilter, after: ListPosition | null, limit: number): Promise<OaiRecord[]> {
  // Slugs compare byte by byte ("C"), as they are ordered below and in any client.
  const keyset = after
    ? Prisma.sql`AND (${DATESTAMP} > ${utc(after.at)} OR (${DATESTAMP} = ${utc(after.at)} AND e.slug COLLATE "C" > ${after.slug}))`
    : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT e.id FROM entries e
    WHERE ${conditions(filter)} ${keyset}
    ORDER BY ${DATESTAMP}, e.slug COLLATE "C"
    LIMIT ${limit}`;
  return readRecords(rows.map((r) => r.id));
}

export async function getRecord(slug: string): Promise<OaiRecord | null> {
  const row = await db.entry.findUnique({ where: { slug }, select: { id: true } });
  return row ? ((await readRecords([row.id]))[0] ?? null) : null;
}

/** The datestamp of the oldest record, or null for an empty repository. */
export async function earliestDatestamp(): Promise<Date | null> {
  const [row] = await db.$queryRaw<{ earliest: string | null }[]>`
    SELECT to_char(min(${DATESTAMP}), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS earliest FROM entries e`;
  return row?.earliest ? new Date(row.earliest) : null;
}

function latest(dates: (Date | null)[]): Date {
  return new Date(Math.max(...dates.flatMap((d) => (d ? [d.getTime()] : []))));
}

async function readRecords(ids: string[]): Promise<OaiRecord[]> {
  return (await readEntriesWithOrganisations(ids, { published: false })).map((row) => {
    const archivedAt = row.archivedAt;
    return {
      slug: row.slug,
      datestamp: latest([row.updatedAt, row.publishedAt, archivedAt, row.restoredAt]),
      deleted: archivedAt !== null,
      kind: row.kind,
      title: row.title,
      titleLang: row.titleLang,
      translations: storedTranslations(row.translations),
      ...entryDescription(row),
      sourceAuthor: row.sourceAuthor,
      website: row.website,
      yearStart: row.yearStart,
      publishedAt: row.publishedAt,
    };
  });
}
