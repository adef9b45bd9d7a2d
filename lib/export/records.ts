import "server-only";
import { db } from "@/lib/db";
import { entryPath } from "@/lib/catalogue/paths";
import { absoluteUrl } from "@/lib/site-url";
import type { ExportRecord } from "./columns";

/** The published entries with these ids, as export records, in the ids' order. */
export async function readExportRecords(ids: string[]): Promise<ExportRecord[]> {
  const rows = await db.entry.findMany({
    where: { id: { in: ids }, archivedAt: null },
    include: {
      organisation: { select: { name: true, entryId: true } },
      linksFrom: { where: { role: "organisation", to: { archivedAt: null } }, select: { to: { select: { title: true } } } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    // The organisations the entry names, and its owner unless that is the entry itself.
    const owner = row.organisation && row.organisation.entryId !== row.id ? [row.organisation.name] : [];
    const organisations = [...new Set([...row.linksFrom.map((l) => l.to.title), ...owner])].sort((a, b) => a.localeCompare(b));
    return [
      {
        slug: row.slug,
        url: absoluteUrl(entryPath(row.slug)),
        kind: row.kind,
        title: row.title,
        title_lang: row.titleLang,
        summary: row.summary,
        countries: row.countries,
        levels: row.levels,
        themes: row.themes,
        languages: row.languages,
        organisations,
        website: row.website,
        year_start: row.yearStart,
        year_end: row.yearEnd,
        status: row.status,
        participants: row.participants,
        schools: row.schools,
        girls_share: row.girlsShare,
        funder: row.funder,
        funding_model: row.fundingModel,
        budget: row.budget,
        sdgs: row.sdgs,
        published_at: row.publishedAt.toISOString(),
        updated_at: row.updatedAt.toISOString(),
      },
    ];
  });
}
