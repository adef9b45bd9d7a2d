import "server-only";
import type { FilterableAttributes, LocalizedAttribute, Meilisearch, Settings, WaitOptions } from "meilisearch";
import { LANGUAGES } from "@/lib/catalogue/vocabularies";
import { MAX_PAGE, MAX_PAGE_SIZE } from "../query";
import { STOP_WORDS } from "../text";
import { FACET_ATTRIBUTES, VERIFIED_ATTRIBUTE } from "./filters";
import { SEARCHABLE_ATTRIBUTES, TRANSLATED_ATTRIBUTES } from "./document-shape";
import { HIT_ATTRIBUTES } from "./request";
import { buildSynonyms, exactWords } from "./synonyms";
import { MeiliTaskError, succeeded } from "./tasks";

// The index's configuration, in one object so that applying it twice changes
// nothing: Meilisearch replaces each listed setting with the value given.
// Applied once per process (readiness.ts) or by `npm run search:settings`,
// never by a delivery (ADR 019).

/** Typo bands: eight-letter words get two typos ("zorblaks" → "zorblax"), closer to PostgreSQL's trigrams than the defaults (5 and 9). */
const TYPO_BANDS = { oneTypo: 4, twoTypos: 8 };

/**
 * Granular filterable attributes (Meilisearch 1.14+): facet search is never
 * used, and range comparisons only where a filter compares (the start year,
 * the last-verified date of freshness, the id the stray scan pages by).
 */
const FILTERABLE: FilterableAttributes = [
  {
    attributePatterns: [...Object.values(FACET_ATTRIBUTES), "status"],
    features: { facetSearch: false, filter: { equality: true, comparison: false } },
  },
  {
    attributePatterns: ["yearStart", VERIFIED_ATTRIBUTE, "id"],
    features: { facetSearch: false, filter: { equality: true, comparison: true } },
  },
];

/** Meilisearch's locale (ISO 639-3) of each catalogue language it has a tokeniser for (meilisearch-types locales.rs). */
const MEILI_LOCALES: Record<string, string> = {
  en: "eng", bg: "bul", hr: "hrv", cs: "ces", da: "dan", nl: "nld", et: "est", fi: "fin", fr: "fra", ka: "kat", de: "deu",
  el: "ell", hu: "hun", it: "ita", lv: "lav", lt: "lit", mk: "mkd", ro: "ron", no: "nob", pl: "pol", pt: "por", ru: "rus",
  sr: "srp", sk: "slk", sl: "slv", es: "spa", sv: "swe", tr: "tur", uk: "ukr",
};

/**
 * Each translation's fields are tokenised by their own language's rules
 * (German compounds split, Swedish å/ä/ö kept apart); the catalogue's own
 * summary, description and impact are written in English. The title is not
 * listed: its language differs from entry to entry (titleLang), so
 * Meilisearch detects it. Languages without a Meilisearch tokeniser are
 * detected too.
 */
export function localizedAttributes(): LocalizedAttribute[] {
  const translated = LANGUAGES.flatMap(({ value }) => {
    const locale = MEILI_LOCALES[value];
    if (!locale || value === "en") return [];
    return [{ attributePatterns: TRANSLATED_ATTRIBUTES.map((attribute) => `${attribute}.${value}`), locales: [locale] }];
  });
  return [{ attributePatterns: ["summary", "description", "impact"], locales: ["eng"] }, ...translated];
}

/** Half of MEILI_TIMEOUT_MS: a slow search answers with what it found by then, before the client gives up and PostgreSQL answers. */
export function searchCutoffMs(timeoutMs: number): number {
  return Math.max(50, Math.floor(timeoutMs / 2));
}

/** Every setting but the synonyms, exact words and cut-off (see indexSettings). */
export const INDEX_SETTINGS = {
  // Only what a hit shows, and the id the stray scan lists.
  displayedAttributes: ["id", ...HIT_ATTRIBUTES],
  searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
  filterableAttributes: FILTERABLE,
  sortableAttributes: ["publishedAt", "sortTitle", "yearStart", "id"],
  // "sort" first: a chosen order (newest, title) wins over relevance, as in the
  // PostgreSQL engine; without one it is skipped. Recency breaks the last ties.
  rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness", "publishedAt:desc"],
  stopWords: [...STOP_WORDS].sort(),
  typoTolerance: { enabled: true, minWordSizeForTypos: TYPO_BANDS },
  // Every country of the vocabulary (48) fits, so counts are never cut short.
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "count" } },
  // The deepest page the search page and the API accept must be reachable.
  pagination: { maxTotalHits: MAX_PAGE * MAX_PAGE_SIZE },
  // Words of one field count as near whatever their distance: cheaper to index, and our fields are short.
  proximityPrecision: "byAttribute",
  facetSearch: false,
} satisfies Settings;

let generated: { synonyms: Record<string, string[]>; exact: string[] } | undefined;

/**
 * INDEX_SETTINGS with the thesaurus synonyms (about 8,700 words, 2.8 MB of
 * JSON: well under Meilisearch's 100 MB payload limit) and the words exempt
 * from typos, built on first use so that a process that only searches never
 * builds them, and the search cut-off for this MEILI_TIMEOUT_MS.
 */
export function indexSettings(timeoutMs: number): Settings {
  if (!generated) {
    const synonyms = buildSynonyms();
    generated = { synonyms, exact: exactWords(synonyms, TYPO_BANDS.oneTypo, TYPO_BANDS.twoTypos) };
  }
  return {
    ...INDEX_SETTINGS,
    typoTolerance: { ...INDEX_SETTINGS.typoTolerance, disableOnWords: generated.exact },
    localizedAttributes: localizedAttributes(),
    searchCutoffMs: searchCutoffMs(timeoutMs),
    synonyms: generated.synonyms,
  };
}

/** Creates the index with its primary key unless it exists already. */
export async function ensureIndex(client: Meilisearch, indexUid: string, options?: WaitOptions): Promise<void> {
  const task = await client.createIndex(indexUid, { primaryKey: "id" }).waitTask(options);
  if (task.status === "succeeded" || task.error?.code === "index_already_exists") return;
  throw new MeiliTaskError(task);
}

/** Applies indexSettings() and waits until they hold (a reindex's fresh index, `npm run search:settings`). */
export async function applySettings(client: Meilisearch, indexUid: string, timeoutMs: number, options?: WaitOptions): Promise<void> {
  await succeeded(client.index(indexUid).updateSettings(indexSettings(timeoutMs)), options);
}

/** The index exists, with its primary key and settings. */
export async function prepareIndex(client: Meilisearch, indexUid: string, timeoutMs: number, options?: WaitOptions): Promise<void> {
  await ensureIndex(client, indexUid, options);
  await applySettings(client, indexUid, timeoutMs, options);
}
