import "server-only";
import type { SearchContext, SearchEngine, SearchQuery, SearchResult } from "../types";
import { createMeiliClients, type MeiliClients } from "./client";
import { meiliConfig, type MeiliConfig } from "./config";
import { createReadiness, type Readiness } from "./readiness";
import { searchMeili } from "./search";
import { deleteDocuments, sendDocuments, strayDocumentIds, syncEntries } from "./sync";

// The Meilisearch engine. Its index lives outside PostgreSQL, so it cannot
// join the caller's transaction: `index` and `remove` ignore `tx`, and the
// outbox calls them after the commit, retrying until they resolve. They
// resolve only once Meilisearch reports every task as succeeded.

export type MeiliEngine = SearchEngine & {
  readiness: Readiness;
  /** The server's version (GET /version needs the admin key: a search key may not ask). */
  version(): Promise<string>;
  timeoutMs: number;
};

export function createMeiliEngine(
  config: MeiliConfig,
  clients: MeiliClients = createMeiliClients(config),
  readiness: Readiness = createReadiness(clients.admin, config),
): MeiliEngine {
  const uid = config.index;
  // Writes wait for the settings this process queued once (readiness.ts),
  // and never queue them again themselves.
  const prepared = () => readiness.ready();

  return {
    name: "meilisearch",
    readiness,
    timeoutMs: config.timeoutMs,

    async version(): Promise<string> {
      return (await clients.admin.getVersion()).pkgVersion;
    },

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
      // A refused server (too old) is not asked: PostgreSQL answers instead (lib/search/index.ts).
      const refusal = readiness.refusal();
      if (refusal) {
        // Checked again (lib/search asks at most every 15 s after a failure): an upgraded server is searched again.
        void readiness.start().catch(() => undefined);
        throw new Error(refusal);
      }
      return searchMeili((params) => clients.search.multiSearch(params), uid, query, context.now);
    },

    async ping(): Promise<boolean> {
      if (readiness.refusal()) return false;
      try {
        return (await clients.search.health()).status === "available";
      } catch {
        return false;
      }
    },
  };
}

let memo: { engine: MeiliEngine | null } | undefined;

/** The engine of this environment's MEILI_* settings, or null when MEILI_URL is unset. */
export function meiliEngine(): MeiliEngine | null {
  if (!memo) {
    const config = meiliConfig();
    memo = { engine: config ? createMeiliEngine(config) : null };
  }
  return memo.engine;
}
