import "server-only";
import type { Meilisearch, Settings, WaitOptions } from "meilisearch";
import { MAX_PAGE, MAX_PAGE_SIZE } from "../query";
import { STOP_WORDS } from "../text";
import { FACET_ATTRIBUTES, VERIFIED_ATTRIBUTE } from "./filters";
import { SEARCHABLE_ATTRIBUTES } from "./document-shape";
import { buildSynonyms } from "./synonyms";
import { MeiliTaskError, succeeded } from "./tasks";

// The index's configuration, in one object so that applying it twice changes
// nothing: Meilisearch replaces each listed setting with the value given.
// localizedAttributes is left unset on purpose: Meilisearch stems no language,
// that setting only picks a tokeniser (German compound splitting, Swedish
// keeping å/ä/ö apart), and our fields mix languages (an English summary of a
// Romanian project) with only the title's language known. Meilisearch detects
// the language of each text itself; the thesaurus synonyms (synonyms.ts) and
// the `latin` field carry the matching across languages and scripts.

/** Every setting but the synonyms (see indexSettings). */
export const INDEX_SETTINGS = {
  searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
  filterableAttributes: [...Object.values(FACET_ATTRIBUTES), VERIFIED_ATTRIBUTE, "status", "yearStart"],
  sortableAttributes: ["publishedAt", "sortTitle", "yearStart"],
  // "sort" first: a chosen order (newest, title) wins over relevance, as in the
  // PostgreSQL engine; without one it is skipped. Recency breaks the last ties.
  rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness", "publishedAt:desc"],
  stopWords: [...STOP_WORDS].sort(),
  // Eight-letter words get two typos ("zorblaks" → "zorblax"), closer to the
  // trigram matching of the PostgreSQL engine than the defaults (5 and 9).
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  // Every country of the vocabulary (48) fits, so counts are never cut short.
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "count" } },
  // The deepest page the search page and the API accept must be reachable.
  pagination: { maxTotalHits: MAX_PAGE * MAX_PAGE_SIZE },
} satisfies Settings;

/** Creates the index with its primary key unless it exists already. */
export async function ensureIndex(client: Meilisearch, indexUid: string, options?: WaitOptions): Promise<void> {
  const task = await client.createIndex(indexUid, { primaryKey: "id" }).waitTask(options);
  if (task.status === "succeeded" || task.error?.code === "index_already_exists") return;
  throw new MeiliTaskError(task);
}

let synonyms: Record<string, string[]> | undefined;

/**
 * INDEX_SETTINGS with the thesaurus synonyms (about 8,700 words, 2.8 MB of
 * JSON: well under Meilisearch's 100 MB payload limit), built on first use so
 * that a process that only searches never builds them.
 */
export function indexSettings(): Settings {
  synonyms ??= buildSynonyms();
  return { ...INDEX_SETTINGS, synonyms };
}

/** Applies indexSettings() (creating the index if needed) and waits until they hold. */
export async function applySettings(client: Meilisearch, indexUid: string, options?: WaitOptions): Promise<void> {
  await succeeded(client.index(indexUid).updateSettings(indexSettings()), options);
}

/** The index exists, with its primary key and settings: safe to run at every start. */
export async function prepareIndex(client: Meilisearch, indexUid: string, options?: WaitOptions): Promise<void> {
  await ensureIndex(client, indexUid, options);
  await applySettings(client, indexUid, options);
}
