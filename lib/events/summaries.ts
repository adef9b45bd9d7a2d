import "server-only";
import { sqlRows } from "@/lib/db";
import { storedTranslations } from "@/lib/catalogue/translations";
import type { EntryTranslations } from "@/lib/catalogue/schema";
import { Prisma, type Entry } from "@/lib/generated/prisma/client";
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

type SummaryRow = Pick<
  Entry,
  | "id" | "slug" | "kind" | "title" | "titleLang" | "summary" | "description" | "translations" | "countries" | "themes"
  | "yearStart" | "yearEnd" | "version" | "updatedAt" | "startsAt" | "endsAt" | "timeZone" | "eventFormat" | "venue" | "city" | "registrationUrl"
> & { organisers: { role: string; title: string }[] };

/** Those named as organisers; failing that, the organisation that contributed the event. */
function organisersOf(links: { role: string; title: string }[]): string[] {
  const named = links.filter((l) => l.role === "organiser");
  return (named.length > 0 ? named : links).map((l) => l.title);
}

/**
 * One statement for the events and their organisers: the home and country pages list a few
 * on every view, and Prisma's query compiler spent about 4 ms of CPU on the findMany with
 * its nested relation filter, more than the rest of the query's work.
 */
async function readSummaryRows(ids: string[]): Promise<SummaryRow[]> {
  return sqlRows<SummaryRow>(Prisma.sql`
    SELECT e.id, e.slug, e.kind, e.title, e.title_lang AS "titleLang", e.summary, e.description, e.translations,
           e.countries, e.themes, e.year_start AS "yearStart", e.year_end AS "yearEnd", e.version,
           e.updated_at AS "updatedAt", e.starts_at AS "startsAt", e.ends_at AS "endsAt", e.time_zone AS "timeZone",
           e.event_format AS "eventFormat", e.venue, e.city, e.registration_url AS "registrationUrl",
           COALESCE((SELECT json_agg(json_build_object('role', l.role, 'title', t.title) ORDER BY t.title, t.id)
                     FROM entry_links l JOIN entries t ON t.id = l.to_id
                     WHERE l.from_id = e.id AND l.role IN ('organiser', 'organisation') AND t.archived_at IS NULL), '[]'::json) AS organisers
    FROM entries e
    WHERE e.id = ANY(${ids}::uuid[])`, { prepared: true });
}

export async function eventSummaries(ids: string[]): Promise<EventSummary[]> {
  if (ids.length === 0) return [];
  const rows = await readSummaryRows(ids);
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
      organisers: organisersOf(row.organisers),
      event,
    }];
  });
}

export type EventListing = {
  upcoming: EventSummary[];
  hasMoreUpcoming: boolean;
  past: EventSummary[];
  hasMorePast: boolean;
  undated: EventSummary[];
  hasMoreUndated: boolean;
};
