import "server-only";
import { db } from "@/lib/db";

// Small public reads about organisations: names to show, and who owns an entry.

export type OrganisationRef = { id: string; name: string; slug: string };

/** The named organisations, by name; unknown ids are skipped. */
export async function organisationsByIds(ids: string[]): Promise<OrganisationRef[]> {
  if (ids.length === 0) return [];
  return db.organisation.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, slug: true },
    orderBy: { name: "asc" },
  });
}

/** The organisation that owns a published entry: null when none does or the entry is not published. */
export async function entryOwner(slug: string): Promise<OrganisationRef | null> {
  const entry = await db.entry.findFirst({
    where: { slug, archivedAt: null },
    select: { organisation: { select: { id: true, name: true, slug: true } } },
  });
  return entry?.organisation ?? null;
}
