import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { toEntryEvidence, type EntryEvidence } from "@/lib/evidence/levels";
import { eventDetails, type EventDetails } from "@/lib/events/details";
import type { Entry } from "@/lib/generated/prisma/client";
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

export const getPublishedEntry = cache(async (slug: string): Promise<PublishedEntry | null> => {
  // Archived entries are kept for history but are never public.
  const row = await db.entry.findFirst({
    where: { slug, archivedAt: null },
    include: {
      linksFrom: { where: { to: { archivedAt: null } }, include: { to: { select: { slug: true, title: true, kind: true } } } },
      linksTo: { where: { from: { archivedAt: null } }, include: { from: { select: { slug: true, title: true, kind: true } } } },
      evidence: true,
    },
  });
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
    links: oneLinkPerEntry(row.linksFrom.map((l) => ({ ...l.to, role: l.role }))),
    backlinks: oneLinkPerEntry(row.linksTo.map((l) => ({ ...l.from, role: l.role }))),
    evidence: toEntryEvidence(row.evidence),
    event: eventDetails(row),
  };
});

export async function countEntries(): Promise<number> {
  return db.entry.count({ where: { archivedAt: null } });
}
