import "server-only";
import { db } from "@/lib/db";
import type { Entry } from "@/lib/generated/prisma/client";

// The organisations an entry names, as exports and OAI records give them: the
// published organisation entries it links to, and the organisation that owns
// it unless that is the entry itself. Sorted, each once.

/** Entry rows with the names of their organisations. */
export type EntryWithOrganisations = Entry & { organisations: string[]; evidenceLevel: string | null };

/** What both exports and OAI records say of an entry, in this order, between its title and its other facts. */
export type EntryDescription = Pick<EntryWithOrganisations, "summary" | "countries" | "levels" | "themes" | "languages" | "organisations">;

export function entryDescription(row: EntryWithOrganisations): EntryDescription {
  const { summary, countries, levels, themes, languages, organisations } = row;
  return { summary, countries, levels, themes, languages, organisations };
}

/** These entries (archived ones too, unless `published`), in the ids' order; unknown ids are skipped. */
export async function readEntriesWithOrganisations(ids: string[], { published }: { published: boolean }): Promise<EntryWithOrganisations[]> {
  if (ids.length === 0) return [];
  const rows = await db.entry.findMany({
    where: { id: { in: ids }, ...(published ? { archivedAt: null } : {}) },
    include: {
      organisation: { select: { name: true, entryId: true } },
      linksFrom: { where: { role: "organisation", to: { archivedAt: null } }, select: { to: { select: { title: true } } } },
      evidence: { select: { level: true } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const found = byId.get(id);
    if (!found) return [];
    const { organisation, linksFrom, evidence, ...row } = found;
    const owner = organisation && organisation.entryId !== row.id ? [organisation.name] : [];
    const organisations = [...new Set([...linksFrom.map((l) => l.to.title), ...owner])].sort((a, b) => a.localeCompare(b));
    return [{ ...row, organisations, evidenceLevel: evidence?.level ?? null }];
  });
}
