import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toMeiliDocument, type MeiliDocument } from "./document-shape";

// Reads what Meilisearch may hold: published entries only. Archived entries
// (archived_at set) never leave PostgreSQL; proposals live in other tables.

export const DOCUMENT_BATCH_SIZE = 1000;

/** Links whose target names an organisation behind the entry, as in the PostgreSQL indexer. */
const ORGANISATION_ROLES = ["organisation", "organiser", "funder", "funded-by"];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const entrySelect = {
  id: true,
  slug: true,
  kind: true,
  title: true,
  titleLang: true,
  summary: true,
  description: true,
  impact: true,
  sourceAuthor: true,
  countries: true,
  levels: true,
  themes: true,
  status: true,
  yearStart: true,
  yearEnd: true,
  publishedAt: true,
  translations: true,
  lastVerifiedAt: true,
  evidence: { select: { level: true, justification: true, evidenceUrl: true, assessedAt: true } },
  linksFrom: { where: { role: { in: ORGANISATION_ROLES } }, select: { to: { select: { title: true } } } },
} satisfies Prisma.EntrySelect;

const published = { archivedAt: null } satisfies Prisma.EntryWhereInput;

async function readDocuments(where: Prisma.EntryWhereInput, take: number): Promise<MeiliDocument[]> {
  const rows = await db.entry.findMany({ where: { AND: [published, where] }, select: entrySelect, orderBy: { id: "asc" }, take });
  return rows.map(({ linksFrom, ...row }) => toMeiliDocument({ ...row, organisationNames: linksFrom.map((l) => l.to.title) }));
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Only well-formed uuids reach PostgreSQL (a malformed one would fail the whole query). */
function validIds(entryIds: string[]): string[] {
  return [...new Set(entryIds)].filter((id) => UUID.test(id));
}

/**
 * The documents of the published entries among `entryIds` (all published
 * entries when omitted), in batches, so a large catalogue is never held in
 * memory at once.
 */
export async function* loadDocuments(
  entryIds?: string[],
  batchSize: number = DOCUMENT_BATCH_SIZE,
): AsyncGenerator<MeiliDocument[], void, undefined> {
  if (entryIds) {
    for (const ids of chunks(validIds(entryIds), batchSize)) {
      const batch = await readDocuments({ id: { in: ids } }, batchSize);
      if (batch.length > 0) yield batch;
    }
    return;
  }
  // Keyset paging on the primary key: stable while entries change meanwhile.
  let after: string | undefined;
  for (;;) {
    const batch = await readDocuments(after ? { id: { gt: after } } : {}, batchSize);
    if (batch.length === 0) return;
    yield batch;
    after = batch.at(-1)?.id;
    if (batch.length < batchSize) return;
  }
}

/**
 * The ids among `entryIds` that are not published (archived or deleted): to
 * delete. Malformed ids are left out: they were never indexed.
 */
export async function absentEntryIds(entryIds: string[]): Promise<string[]> {
  const wanted = validIds(entryIds);
  const present = new Set<string>();
  for (const ids of chunks(wanted, DOCUMENT_BATCH_SIZE)) {
    const rows = await db.entry.findMany({ where: { AND: [published, { id: { in: ids } }] }, select: { id: true } });
    for (const r of rows) present.add(r.id);
  }
  return wanted.filter((id) => !present.has(id));
}

export function countPublishedEntries(): Promise<number> {
  return db.entry.count({ where: published });
}

/** Entries changed (published, edited, archived, restored, verified, assessed) since a moment of the database's clock. */
export async function entriesChangedSince(since: Date): Promise<string[]> {
  // published_at too: catalogue entries are loaded with their older content date as updated_at.
  // Confirming and assessing leave updated_at alone (the content did not change). A withdrawn
  // assessment leaves no date: the outbox row it wrote is what delivers it.
  const rows = await db.entry.findMany({
    where: {
      OR: [{ updatedAt: { gte: since } }, { publishedAt: { gte: since } }, { restoredAt: { gte: since } }, { lastVerifiedAt: { gte: since } }, { evidence: { assessedAt: { gte: since } } }],
    },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** The database's clock, so that comparisons with updated_at ignore the app's clock drift. */
export async function databaseNow(): Promise<Date> {
  const rows = await db.$queryRaw<{ now: Date }[]>`SELECT now() AS now`;
  return rows[0]?.now ?? new Date();
}
