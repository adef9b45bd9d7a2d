import "server-only";
import { db } from "@/lib/db";
import { indexDocuments } from "./indexer";

// The search documents' format changes with the indexer (a new stemmer, Latin
// spellings). A migration cannot run it, so the site's start does: when the
// documents were written by an older indexer, all are rewritten once, before
// the site serves searches.

/** Bump when indexer.ts changes what a document holds. */
export const SEARCH_INDEX_VERSION = 3;

/** Rewrites every search document when they are older than this indexer; true when it did. */
export async function ensureCurrentSearchIndex(): Promise<boolean> {
  const rows = await db.$queryRaw<{ index_version: number }[]>`SELECT index_version FROM search_state WHERE id = 1`;
  if ((rows[0]?.index_version ?? 0) >= SEARCH_INDEX_VERSION) return false;
  await db.$transaction(
    async (tx) => {
      // Emptied rather than updated in place: a table of fresh rows, not one
      // twice its size with every old version dead (scans read both).
      await tx.$executeRaw`TRUNCATE search_documents`;
      await indexDocuments(undefined, tx);
      await tx.$executeRaw`UPDATE search_state SET index_version = ${SEARCH_INDEX_VERSION} WHERE id = 1`;
    },
    { timeout: 600_000 },
  );
  return true;
}
