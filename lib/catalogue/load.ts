import "server-only";
import { db } from "@/lib/db";
import { catalogueIndex } from "@/lib/search";
import { enqueueIndexChange } from "@/lib/search/outbox/enqueue";
import { toEntryRow } from "./rows";
import type { Entry } from "./schema";

export type LoadReport = { inserted: number; skipped: number };

/** The dates a loaded entry starts with: its last content change and its last confirmation (null: never). */
export type EntryStamps = { updatedAt: Date; lastVerifiedAt: Date | null };

/**
 * Adds entries that are not in the catalogue yet, with their links, and
 * indexes them. Entries already present (by slug) are left as they are, so
 * loading twice neither duplicates nor overwrites anything. Without `stamps`
 * an entry counts as changed now and never verified.
 */
export async function loadEntries(entries: Entry[], origin = "catalogue", stamps?: (entry: Entry) => EntryStamps): Promise<LoadReport> {
  const insertedIds = await db.$transaction(async (tx) => {
    const present = await tx.entry.findMany({ where: { slug: { in: entries.map((e) => e.slug) } }, select: { slug: true } });
    const before = new Set(present.map((e) => e.slug));
    const fresh = entries.filter((e) => !before.has(e.slug));
    if (fresh.length === 0) return [];
    await tx.entry.createMany({ data: fresh.map((e) => ({ ...toEntryRow(e), origin, ...stamps?.(e) })), skipDuplicates: true });
    const slugs = [...new Set(fresh.flatMap((e) => [e.slug, ...e.links.map((l) => l.slug)]))];
    const ids = new Map(
      (await tx.entry.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } })).map((e) => [e.slug, e.id]),
    );
    const links = fresh.flatMap((e) =>
      e.links.flatMap((l) => {
        const fromId = ids.get(e.slug);
        const toId = ids.get(l.slug);
        return fromId && toId ? [{ fromId, toId, role: l.role }] : [];
      }),
    );
    await tx.entryLink.createMany({ data: links, skipDuplicates: true });
    const inserted = fresh.flatMap((e) => ids.get(e.slug) ?? []);
    // The external engine's rows commit with the entries; PostgreSQL's own
    // index below is rebuilt after the commit, as before.
    await enqueueIndexChange(tx, inserted, "index");
    return inserted;
  }, { timeout: 120_000 });
  if (insertedIds.length > 0) await catalogueIndex().index(insertedIds);
  return { inserted: insertedIds.length, skipped: entries.length - insertedIds.length };
}
