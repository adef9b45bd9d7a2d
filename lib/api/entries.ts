import "server-only";
import { FACET_VOCABULARIES, perFacet } from "@/lib/catalogue/vocabularies";
import { getArchivedEntry } from "@/lib/catalogue/archived";
import { getPublishedEntry, type PublishedEntry } from "@/lib/catalogue/entries";
import { entryPath } from "@/lib/catalogue/paths";
import { entryInLanguage, ORIGINAL_LANGUAGE } from "@/lib/catalogue/translations";
import type { LanguageCode } from "@/lib/catalogue/vocabularies";
import { searchWithEngine, type AnsweredBy } from "@/lib/search";
import { defaultSearchQuery } from "@/lib/search/query";
import type { SearchHit, SearchQuery } from "@/lib/search/types";
import { absoluteUrl } from "@/lib/site-url";
import { pageLinks } from "./page-links";
import { apiEvent } from "@/lib/events/api";
import type { ThesaurusLanguage } from "@/lib/thesaurus/languages";
import { facetValueLabel } from "@/lib/search/facet-value-labels";
import { apiArchivedEntrySchema, apiEntryListItemSchema, apiEntrySchema, type ApiArchivedEntry, type ApiEntry, type ApiEntryList, type ApiEntryListItem, type ApiVocabularies } from "./schemas";

// The public reads of the JSON API, mapped from the catalogue and the search
// to the shapes of ./schemas.ts: only published entries, and none of their
// internal columns (ids, owners, archiving, moderation). The catalogue types
// its vocabulary values as plain strings; parsing with the public schema turns
// them into the documented enums and guarantees no other field slips out.

/** What a list item shows of an entry, and the full entry begins with. */
type ListFields = Pick<SearchHit, "slug" | "kind" | "title" | "titleLang" | "summary" | "countries" | "levels" | "themes">;

function listFields({ slug, kind, title, titleLang, summary, countries, levels, themes }: ListFields) {
  return { slug, url: absoluteUrl(entryPath(slug)), kind, title, titleLang, summary, countries, levels, themes };
}

/** The entry with its texts in `lang` when it has a translation into it (the original otherwise, and without `lang`). */
export function toApiEntry(entry: PublishedEntry, lang: LanguageCode | null = null): ApiEntry {
  const shown = entryInLanguage(entry, lang ?? ORIGINAL_LANGUAGE);
  return apiEntrySchema.parse({
    ...listFields(entry),
    title: shown.title,
    summary: shown.summary,
    lang: shown.lang,
    description: shown.description,
    translations: entry.translations,
    languages: entry.languages,
    organisations: entry.links.filter((l) => l.role === "organisation").map(({ slug, title }) => ({ slug, title })),
    links: entry.links.map(({ role, slug, title }) => ({ role, slug, title })),
    website: entry.website,
    yearStart: entry.yearStart,
    yearEnd: entry.yearEnd,
    status: entry.status,
    reach: { ...entry.reach },
    funder: entry.funder,
    fundingModel: entry.fundingModel,
    budget: entry.budget,
    sdgs: entry.sdgs,
    sources: entry.sources.map((s) => ({ ...s })),
    evidenceLevel: entry.evidence && { ...entry.evidence, assessedAt: entry.evidence.assessedAt.toISOString() },
    publishedAt: entry.publishedAt.toISOString(),
    updatedAt: entry.updatedAt.toISOString(),
    lastVerifiedAt: entry.lastVerifiedAt?.toISOString() ?? null,
    event: entry.event && apiEvent(entry.event),
  });
}

/** One published entry, or null when there is none by that slug (or it is archived). */
export async function readApiEntry(slug: string, lang: LanguageCode | null = null): Promise<ApiEntry | null> {
  const entry = await getPublishedEntry(slug);
  return entry ? toApiEntry(entry, lang) : null;
}

function toListItem(hit: SearchHit): ApiEntryListItem {
  return apiEntryListItemSchema.parse(listFields(hit));
}

/** One page of the published entries a search matches, with links to its neighbours. */
export async function listApiEntries(query: SearchQuery): Promise<{ body: ApiEntryList; answeredBy: AnsweredBy }> {
  const { result, answeredBy } = await searchWithEngine(query);
  return {
    answeredBy,
    body: {
      data: result.hits.map(toListItem),
      total: result.total,
      page: result.page,
      pageSize: result.pageSize,
      links: pageLinks("/api/v1/entries", query, result.total),
    },
  };
}

/** Every term of the search facets with its count of published entries (0 included). */
/** Every vocabulary term with its count, labelled in a language (English by default). */
export async function readApiVocabularies(lang: ThesaurusLanguage = "en"): Promise<ApiVocabularies> {
  // Facet counts of the empty search are the counts of the whole published catalogue.
  const { result } = await searchWithEngine(defaultSearchQuery({ pageSize: 1 }));
  return perFacet((facet) => {
    const counts = new Map(result.facets[facet].map((c) => [c.value, c.count]));
    return FACET_VOCABULARIES[facet].map(({ value }) => ({ value, label: facetValueLabel(facet, value, lang), count: counts.get(value) ?? 0 }));
  });
}

/** What remains public of an archived entry (for its 410), titles in `lang` where translated; null when the slug names none. */
export async function readApiArchivedEntry(slug: string, lang: LanguageCode | null = null): Promise<ApiArchivedEntry | null> {
  const entry = await getArchivedEntry(slug, lang ?? ORIGINAL_LANGUAGE);
  if (!entry) return null;
  return apiArchivedEntrySchema.parse({
    slug: entry.slug,
    title: entry.title,
    archivedAt: entry.archivedAt.toISOString(),
    reason: entry.reason,
    successor: entry.successor && { slug: entry.successor.slug, title: entry.successor.title, url: absoluteUrl(entryPath(entry.successor.slug)) },
  });
}
