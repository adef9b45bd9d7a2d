import "server-only";
import { db } from "@/lib/db";

// Publication dates of public entries, for feeds and the sitemap. Search hits
// carry no dates, and an entry archived since it was indexed must not show.

export type EntryDates = { publishedAt: Date; updatedAt: Date };

export async function getPublishedEntryDates(slugs: string[]): Promise<Map<string, EntryDates>> {
  if (slugs.length === 0) return new Map();
  const rows = await db.entry.findMany({
    where: { slug: { in: slugs }, archivedAt: null },
    select: { slug: true, publishedAt: true, updatedAt: true },
  });
  return new Map(rows.map((r) => [r.slug, { publishedAt: r.publishedAt, updatedAt: r.updatedAt }]));
}

/** The most recently updated public entries, at most `limit` of them. */
export async function listPublishedEntryStamps(limit: number): Promise<{ slug: string; updatedAt: Date }[]> {
  return db.entry.findMany({
    where: { archivedAt: null },
    select: { slug: true, updatedAt: true },
    orderBy: [{ updatedAt: "desc" }, { slug: "asc" }],
    take: limit,
  });
}

/**
 * When the public catalogue last changed: the latest update, publication,
 * archiving or restoring of any entry (a catalogue entry loaded today keeps an
 * older updatedAt, a restored one too). A feed built from it cannot be newer,
 * whichever entries it lists.
 */
export async function lastCatalogueChange(): Promise<Date | null> {
  const { _max: latest } = await db.entry.aggregate({ _max: { updatedAt: true, publishedAt: true, archivedAt: true, restoredAt: true } });
  const stamps = [latest.updatedAt, latest.publishedAt, latest.archivedAt, latest.restoredAt].filter((d): d is Date => d !== null);
  return stamps.length > 0 ? new Date(Math.max(...stamps.map((d) => d.getTime()))) : null;
}
