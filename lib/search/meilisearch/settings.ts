import "server-only";
import type { Meilisearch, Settings, WaitOptions } from "meilisearch";
import { MAX_PAGE, MAX_PAGE_SIZE } from "../query";
import { STOP_WORDS, SYNONYM_GROUPS } from "../text";
import { FACET_ATTRIBUTES } from "./filters";
import { SEARCHABLE_ATTRIBUTES } from "./document-shape";
import { MeiliTaskError, succeeded } from "./tasks";

// The index's configuration, in one object so that applying it twice changes
// nothing: Meilisearch replaces each listed setting with the value given.

/** Words Meilisearch alone knows as synonyms (multi-word forms of the groups). */
const EXTRA_SYNONYMS: readonly (readonly string[])[] = [["stem", "mint-bildung", "stem-bildung"]];

/** Groups sharing a word become one group (mint-bildung joins stem, steam, …). */
function mergeGroups(groups: readonly (readonly string[])[]): Set<string>[] {
  const merged: Set<string>[] = [];
  for (const group of groups) {
    const joined = new Set(group);
    for (const existing of merged.filter((m) => group.some((w) => m.has(w)))) {
      for (const word of existing) joined.add(word);
      merged.splice(merged.indexOf(existing), 1);
    }
    merged.push(joined);
  }
  return merged;
}

/** Meilisearch's synonym table: each word maps to every other word of its group. */
export function synonymMap(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const entries: [string, string[]][] = [];
  for (const group of mergeGroups(groups)) {
    for (const word of group) entries.push([word, [...group].filter((w) => w !== word).sort()]);
  }
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

export const INDEX_SETTINGS = {
  searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
  filterableAttributes: [...Object.values(FACET_ATTRIBUTES), "status", "yearStart"],
  sortableAttributes: ["publishedAt", "sortTitle", "yearStart"],
  // "sort" first: a chosen order (newest, title) wins over relevance, as in the
  // PostgreSQL engine; without one it is skipped. Recency breaks the last ties.
  rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness", "publishedAt:desc"],
  synonyms: synonymMap([...SYNONYM_GROUPS, ...EXTRA_SYNONYMS]),
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

/** Applies INDEX_SETTINGS (creating the index if needed) and waits until they hold. */
export async function applySettings(client: Meilisearch, indexUid: string, options?: WaitOptions): Promise<void> {
  await succeeded(client.index(indexUid).updateSettings(INDEX_SETTINGS), options);
}

/** The index exists, with its primary key and settings: safe to run at every start. */
export async function prepareIndex(client: Meilisearch, indexUid: string, options?: WaitOptions): Promise<void> {
  await ensureIndex(client, indexUid, options);
  await applySettings(client, indexUid, options);
}
