import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Related entries of a proposal: they must name published entries, each once,
// and never the entry itself. Checked on every save and submission, so a
// typed slug (the form without JavaScript) is held to the same rules as the picker.

export type LinkableEntry = { slug: string; title: string; kind: string };

type Link = { role: string; slug: string };

/** Field messages keyed "links.N.slug", or null when every link is fine. */
export async function checkLinks(links: readonly Link[], selfEntryId: string | null): Promise<Record<string, string[]> | null> {
  if (links.length === 0) return null;
  const rows = await db.entry.findMany({
    where: { slug: { in: links.map((l) => l.slug) } },
    select: { id: true, slug: true, title: true, archivedAt: true },
  });
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  const seen = new Map<string, number>();
  const errors: Record<string, string[]> = {};
  links.forEach((link, i) => {
    const target = bySlug.get(link.slug);
    const earlier = seen.get(link.slug);
    let message: string | null = null;
    if (!target) message = `No published entry has the address “${link.slug}”. Search for it by its title.`;
    else if (target.archivedAt) message = `“${target.title}” is archived and no longer public, so it cannot be linked.`;
    else if (selfEntryId !== null && target.id === selfEntryId) message = "An entry cannot be related to itself.";
    else if (earlier !== undefined) message = `“${target.title}” is already related entry ${earlier + 1}: list each entry once.`;
    if (message) errors[`links.${i}.slug`] = [message];
    if (earlier === undefined) seen.set(link.slug, i);
  });
  return Object.keys(errors).length > 0 ? errors : null;
}

const PICKER_LIMIT = 8;

/** Published entries whose title (or address) contains the words typed, titles that start with them first. */
export async function findLinkableEntries(query: string, excludeEntryId: string | null = null): Promise<LinkableEntry[]> {
  const q = query.trim();
  if (q.length < 2) return [];
  const where: Prisma.EntryWhereInput = {
    archivedAt: null,
    ...(excludeEntryId ? { id: { not: excludeEntryId } } : {}),
    OR: [{ title: { contains: q, mode: "insensitive" } }, { slug: { contains: q.toLowerCase() } }],
  };
  const found = await db.entry.findMany({ where, select: { slug: true, title: true, kind: true }, orderBy: { title: "asc" }, take: 50 });
  const starts = (e: LinkableEntry) => (e.title.toLowerCase().startsWith(q.toLowerCase()) ? 0 : 1);
  return found.sort((a, b) => starts(a) - starts(b)).slice(0, PICKER_LIMIT);
}

/** One published entry by its address, for the picker to name a link chosen earlier. */
export async function findLinkableEntry(slug: string): Promise<LinkableEntry | null> {
  return db.entry.findFirst({ where: { slug, archivedAt: null }, select: { slug: true, title: true, kind: true } });
}
