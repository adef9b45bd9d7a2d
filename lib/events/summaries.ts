import "server-only";
import { db } from "@/lib/db";
import { storedTranslations } from "@/lib/catalogue/translations";
import type { EntryTranslations } from "@/lib/catalogue/schema";
import { eventDetails, type EventDetails } from "./details";

// Events as lists show them, in the order their ids were chosen.

export type EventSummary = {
  id: string;
  slug: string;
  title: string;
  titleLang: string | null;
  summary: string;
  description: string;
  translations: EntryTranslations;
  countries: string[];
  themes: string[];
  yearStart: number | null;
  yearEnd: number | null;
  version: number;
  updatedAt: Date;
  organisers: string[];
  event: EventDetails;
};

/** Those named as organisers; failing that, the organisation that contributed the event. */
function organisersOf(links: { role: string; to: { title: string } }[]): string[] {
  const named = links.filter((l) => l.role === "organiser");
  return (named.length > 0 ? named : links).map((l) => l.to.title);
}

export async function eventSummaries(ids: string[]): Promise<EventSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db.entry.findMany({
    where: { id: { in: ids } },
    include: { linksFrom: { where: { role: { in: ["organiser", "organisation"] }, to: { archivedAt: null } }, select: { role: true, to: { select: { title: true } } } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    const event = row ? eventDetails(row) : null;
    if (!row || !event) return [];
    return [{
      id: row.id,
      slug: row.slug,
      title: row.title,
      titleLang: row.titleLang,
      summary: row.summary,
      description: row.description,
      translations: storedTranslations(row.translations),
      countries: row.countries,
      themes: row.themes,
      yearStart: row.yearStart,
      yearEnd: row.yearEnd,
      version: row.version,
      updatedAt: row.updatedAt,
      organisers: organisersOf(row.linksFrom),
      event,
    }];
  });
}

export type EventListing = { upcoming: EventSummary[]; past: EventSummary[]; hasMorePast: boolean; undated: EventSummary[] };
