import type { EntryTranslations } from "@/lib/catalogue/schema";
import { storedTranslations, type TitleTranslations } from "@/lib/catalogue/translations";
import { labelOf, NOT_ASSESSED, type EntryFacet } from "@/lib/catalogue/vocabularies";
import type { Entry, EvidenceAssessment } from "@/lib/generated/prisma/client";
import { hasNonLatinLetters, toLatinText } from "@/lib/text/fold";

// What one published entry looks like in the Meilisearch index. Pure, so the
// mapping from a database row is tested without a database.

/** Searched in this order: a title match ranks above a summary match, and so on. */
export const SEARCHABLE_ATTRIBUTES = [
  "title",
  // Each translation's texts right after the original's: a German query
  // finds the German translation of an English entry with the same weight.
  // They are objects with one field per language ("translatedTitles.de"),
  // each tokenised by its language's rules (localizedAttributes, settings.ts).
  "translatedTitles",
  "summary",
  "translatedSummaries",
  "organisation",
  "description",
  "translatedDescriptions",
  // Title, summary and description in Latin letters, for entries written in
  // another script: "skopje" finds "Скопје" (the query is folded the same way).
  "latin",
  "impact",
  "sourceAuthor",
  // Facet labels ("Romania", "Primary"), last, like the PostgreSQL engine's weight D.
  "labels",
] as const;

/** The fields holding one text per translation language. */
export const TRANSLATED_ATTRIBUTES = ["translatedTitles", "translatedSummaries", "translatedDescriptions"] as const;

/** One text per language code. */
export type ByLanguage = Partial<Record<string, string>>;

/**
 * The entry's columns a document holds as they are: the uuid (`id`) is the
 * primary key, and the year filter works on the start year.
 */
type CopiedColumns =
  | "id" | "slug" | "kind" | "title" | "titleLang" | "summary" | "description" | "impact" | "sourceAuthor"
  | "countries" | "levels" | "themes" | "status" | "yearStart" | "yearEnd";

export type MeiliDocument = Pick<Entry, CopiedColumns> & {
  /** Names of the organisations, funders and funding bodies linked to the entry. */
  organisation: string[];
  labels: string[];
  /** Milliseconds since the epoch: Meilisearch sorts numbers, not dates. */
  publishedAt: number;
  sortTitle: string;
  /** Only for entries with non-Latin letters in title, summary or description (translations included). */
  latin?: string;
  translatedTitles: ByLanguage;
  translatedSummaries: ByLanguage;
  translatedDescriptions: ByLanguage;
  /** Translated titles and summaries by language, returned with hits (not searched). */
  translations: TitleTranslations;
  /** The evidence facet's value: the moderators' level, or "not-assessed". */
  evidence: string;
  /** The assessment as hits show it (not searched), assessedAt in ms since the epoch; null until assessed. */
  evidenceLevel: { level: string; justification: string; evidenceUrl: string | null; assessedAt: number } | null;
  /** When the entry was last verified, in ms since the epoch (null: never): freshness is judged from it at search time. */
  lastVerifiedAt: number | null;
};

type Assessment = Pick<EvidenceAssessment, "level" | "justification" | "evidenceUrl" | "assessedAt">;

/** The fields of an entry the index needs, as read from the database. */
export type EntryRow = Pick<Entry, CopiedColumns | "publishedAt" | "translations" | "lastVerifiedAt"> & {
  organisationNames: string[];
  evidence: Assessment | null;
};

/** Lower case without accents, as the PostgreSQL engine's sort_title (lower(unaccent(title))). */
export function sortKey(title: string): string {
  return title.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

function facetLabels(row: EntryRow): string[] {
  const pairs: [EntryFacet, string[]][] = [
    ["country", row.countries],
    ["level", row.levels],
    ["theme", row.themes],
    ["kind", [row.kind]],
  ];
  return pairs.flatMap(([facet, values]) => values.map((v) => labelOf(facet, v)));
}

/** Title, summary and description spelt in Latin letters, or null when they are all Latin already. */
export function latinText(row: Pick<EntryRow, "title" | "summary" | "description">, translated: EntryTranslations = {}): string | null {
  const texts = [row.title, row.summary, row.description, ...Object.values(translated).flatMap((t) => (t ? [t.title, t.summary, t.description ?? ""] : []))];
  return texts.some(hasNonLatinLetters) ? texts.map(toLatinText).join("\n") : null;
}

export function toMeiliDocument(row: EntryRow): MeiliDocument {
  const translated = storedTranslations(row.translations);
  const versions = Object.entries(translated).flatMap(([lang, t]) => (t ? [{ lang, ...t }] : []));
  const latin = latinText(row, translated);
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    titleLang: row.titleLang,
    summary: row.summary,
    description: row.description,
    impact: row.impact,
    sourceAuthor: row.sourceAuthor,
    organisation: [...new Set(row.organisationNames)],
    countries: row.countries,
    levels: row.levels,
    themes: row.themes,
    labels: facetLabels(row),
    status: row.status,
    yearStart: row.yearStart,
    yearEnd: row.yearEnd,
    publishedAt: row.publishedAt.getTime(),
    sortTitle: sortKey(row.title),
    ...(latin === null ? {} : { latin }),
    translatedTitles: Object.fromEntries(versions.map((t) => [t.lang, t.title])),
    translatedSummaries: Object.fromEntries(versions.map((t) => [t.lang, t.summary])),
    translatedDescriptions: Object.fromEntries(versions.flatMap((t) => (t.description ? [[t.lang, t.description]] : []))),
    translations: Object.fromEntries(versions.map((t) => [t.lang, { title: t.title, summary: t.summary }])),
    evidence: row.evidence?.level ?? NOT_ASSESSED,
    evidenceLevel: row.evidence && { ...row.evidence, assessedAt: row.evidence.assessedAt.getTime() },
    lastVerifiedAt: row.lastVerifiedAt?.getTime() ?? null,
  };
}
