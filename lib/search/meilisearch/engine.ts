import "server-only";
import type { SearchContext, SearchEngine, SearchQuery, SearchResult } from "../types";
import { createMeiliClients, type MeiliClients } from "./client";
import { meiliConfig, type MeiliConfig } from "./config";
import { searchMeili } from "./search";
import { prepareIndex } from "./settings";
import { deleteDocuments, sendDocuments, strayDocumentIds, syncEntries } from "./sync";

// The Meilisearch engine. Its index lives outside PostgreSQL, so it cannot
// join the caller's transaction: `index` and `remove` ignore `tx`, and the
// outbox calls them after the commit, retrying until they resolve. They
// resolve only once Meilisearch reports every task as succeeded.

export function createMeiliEngine(config: MeiliConfig, clients: MeiliClients = createMeiliClients(config)): SearchEngine {
  const uid = config.index;
  // Settings are applied once per process before the first write; a failure
  // is forgotten so that the next write tries again.
  let ready: Promise<void> | null = null;
  const prepared = () => {
    ready ??= prepareIndex(clients.admin, uid).catch((error: unknown) => {
      ready = null;
      throw error;
    });
    return ready;
  };

  return {
    name: "meilisearch",

    async index(entryIds?: string[]): Promise<void> {
      await prepared();
      if (entryIds) return syncEntries(clients.admin, uid, entryIds);
      // Everything, in place: send all published entries, then drop what else the index holds.
      const sent = await sendDocuments(clients.admin, uid);
      await deleteDocuments(clients.admin, uid, await strayDocumentIds(clients.admin, uid, sent));
    },

    async remove(entryIds: string[]): Promise<void> {
      if (entryIds.length === 0) return;
      await prepared();
      await deleteDocuments(clients.admin, uid, entryIds);
    },

    // The generation is not needed: Meilisearch answers from its own current state.
    async search(query: SearchQuery, context: SearchContext): Promise<SearchResult> {
      return searchMeili((params) => clients.search.multiSearch(params), uid, query, context.now);
    },

    async ping(): Promise<boolean> {
      try {
        return (await clients.search.health()).status === "available";
      } catch {
        return false;
      }
    },
  };
}

let memo: { engine: SearchEngine | null } | undefined;

/** The engine of this environment's MEILI_* settings, or null when MEILI_URL is unset. */
export function meiliEngine(): SearchEngine | null {
  if (!memo) {
    const config = meiliConfig();
    memo = { engine: config ? createMeiliEngine(config) : null };
  }
  return memo.engine;
}
