import "server-only";
import { db } from "@/lib/db";
import { indexDocuments } from "./indexer";

// The search documents' format changes with the indexer (a new stemmer, Latin
// spellings). A migration cannot run it, so the site's start does: when the
// documents were written by an older indexer, all are rewritten once.

/** Bump when indexer.ts changes what a document holds. */
export const SEARCH_INDEX_VERSION = 2;

/** Rewrites every search document when they are older than this indexer; true when it did. */
export async function ensureCurrentSearchIndex(): Promise<boolean> {
  const rows = await db.$queryRaw<{ index_version: number }[]>`SELECT index_version FROM search_state WHERE id = 1`;
  if ((rows[0]?.index_version ?? 0) >= SEARCH_INDEX_VERSION) return false;
  await indexDocuments();
  await db.$executeRaw`UPDATE search_state SET index_version = ${SEARCH_INDEX_VERSION} WHERE id = 1`;
  return true;
}
