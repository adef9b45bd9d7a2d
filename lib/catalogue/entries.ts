import "server-only";
import { cache } from "react";
import { db, sqlRows } from "@/lib/db";
import { toEntryEvidence, type EntryEvidence } from "@/lib/evidence/levels";
import { eventDetails, type EventDetails } from "@/lib/events/details";
import { Prisma, type Entry } from "@/lib/generated/prisma/client";
import { oneLinkPerEntry, type LinkedEntry } from "./linked-entries";
import { storedSources, type FactSource } from "./sources";
import type { EntryTranslations } from "./schema";
import { textsAndTerms } from "./texts-and-terms";
import { storedTranslations } from "./translations";

// Public reads of the catalogue: plain objects shaped for the pages.

export type { LinkedEntry };

export type PublishedEntry = Pick<
  Entry,
  | "slug" | "kind" | "title" | "titleLang" | "summary" | "description" | "countries" | "levels" | "themes" | "languages"
  | "sourceAuthor" | "website" | "yearStart" | "yearEnd" | "status" | "impact" | "budget" | "fundingModel" | "funder" | "sdgs"
  | "publishedAt" | "updatedAt" | "lastVerifiedAt"
> & {
  reach: { text: string | null; participants: number | null; schools: number | null; girlsShare: number | null };
  sources: FactSource[];
  /** Entries this one points at (its organisations, funders, funding programme). */
  links: LinkedEntry[];
  /** Entries that point at this one (programmes an organisation runs, teams a programme funds). */
  backlinks: LinkedEntry[];
  /** Its translations by language (entryInLanguage chooses what a reader sees). */
  translations: EntryTranslations;
  /** The moderators' assessment of the evidence behind it, or null. */
  evidence: EntryEvidence;
  /** When, how and where, for events (null for other kinds). */
  event: EventDetails | null;
};

/** The columns of an entry's row that its public page shows, under the names Prisma gives them. */
type PublishedRow = Pick<
  Entry,
  | "slug" | "kind" | "title" | "titleLang" | "summary" | "description" | "countries" | "levels" | "themes" | "languages"
  | "sourceAuthor" | "website" | "yearStart" | "yearEnd" | "status" | "impact" | "reachText" | "participants" | "schools"
  | "girlsShare" | "budget" | "fundingModel" | "funder" | "sdgs" | "sources" | "translations" | "publishedAt" | "updatedAt"
  | "lastVerifiedAt" | "startsAt" | "endsAt" | "timeZone" | "eventFormat" | "venue" | "city" | "registrationUrl"
> & {
  links: LinkedEntry[];
  backlinks: LinkedEntry[];
  evidenceLevel: string | null;
  evidenceJustification: string | null;
  evidenceUrl: string | null;
  evidenceAssessedAt: Date | null;
};

// One statement instead of the ORM's findFirst with three relations: that took
// four round trips, and Prisma's query compiler spent about 5 ms of CPU on it
// for every page view (issue 15, docs/benchmarks.md). Linked entries that are
// archived are left out, as everywhere public.
async function readPublishedRow(slug: string): Promise<PublishedRow | null> {
  const rows = await sqlRows<PublishedRow>(Prisma.sql`
    SELECT e.slug, e.kind, e.title, e.title_lang AS "titleLang", e.summary, e.description, e.countries, e.levels,
           e.themes, e.languages, e.source_author AS "sourceAuthor", e.website, e.year_start AS "yearStart",
           e.year_end AS "yearEnd", e.status, e.impact, e.reach_text AS "reachText", e.participants, e.schools,
           e.girls_share AS "girlsShare", e.budget, e.funding_model AS "fundingModel", e.funder, e.sdgs, e.sources,
           e.translations, e.published_at AS "publishedAt", e.updated_at AS "updatedAt",
           e.last_verified_at AS "lastVerifiedAt", e.starts_at AS "startsAt", e.ends_at AS "endsAt",
           e.time_zone AS "timeZone", e.event_format AS "eventFormat", e.venue, e.city,
           e.registration_url AS "registrationUrl",
           COALESCE((SELECT json_agg(json_build_object('slug', t.slug, 'title', t.title, 'kind', t.kind, 'role', l.role))
                     FROM entry_links l JOIN entries t ON t.id = l.to_id
                     WHERE l.from_id = e.id AND t.archived_at IS NULL), '[]'::json) AS links,
           COALESCE((SELECT json_agg(json_build_object('slug', f.slug, 'title', f.title, 'kind', f.kind, 'role', l.role))
                     FROM entry_links l JOIN entries f ON f.id = l.from_id
                     WHERE l.to_id = e.id AND f.archived_at IS NULL), '[]'::json) AS backlinks,
           ev.level AS "evidenceLevel", ev.justification AS "evidenceJustification",
           ev.evidence_url AS "evidenceUrl", ev.assessed_at AS "evidenceAssessedAt"
    FROM entries e
    LEFT JOIN evidence_assessments ev ON ev.entry_id = e.id
    WHERE e.slug = ${slug} AND e.archived_at IS NULL`, { prepared: true });
  return rows[0] ?? null;
}

function assessment(row: PublishedRow): EntryEvidence {
  const { evidenceLevel: level, evidenceJustification: justification, evidenceUrl, evidenceAssessedAt: assessedAt } = row;
  if (level === null || justification === null || assessedAt === null) return null;
  return toEntryEvidence({ level, justification, evidenceUrl, assessedAt });
}

export const getPublishedEntry = cache(async (slug: string): Promise<PublishedEntry | null> => {
  // Archived entries are kept for history but are never public.
  const row = await readPublishedRow(slug);
  if (!row) return null;
  return {
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    titleLang: row.titleLang,
    ...textsAndTerms(row),
    sourceAuthor: row.sourceAuthor,
    website: row.website,
    yearStart: row.yearStart,
    yearEnd: row.yearEnd,
    status: row.status,
    impact: row.impact,
    reach: { text: row.reachText, participants: row.participants, schools: row.schools, girlsShare: row.girlsShare },
    budget: row.budget,
    fundingModel: row.fundingModel,
    funder: row.funder,
    sdgs: row.sdgs,
    sources: storedSources(row.sources),
    translations: storedTranslations(row.translations),
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    lastVerifiedAt: row.lastVerifiedAt,
    links: oneLinkPerEntry(row.links),
    backlinks: oneLinkPerEntry(row.backlinks),
    evidence: assessment(row),
    event: eventDetails(row),
  };
});

export async function countEntries(): Promise<number> {
  return db.entry.count({ where: { archivedAt: null } });
}
