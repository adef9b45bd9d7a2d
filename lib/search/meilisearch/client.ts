import "server-only";
import { Meilisearch } from "meilisearch";
import type { MeiliConfig } from "./config";

// Two clients: searches use the search key, writes the admin key. Searches are
// bounded by MEILI_TIMEOUT_MS, so an unreachable server fails fast and search
// can fall back to PostgreSQL; writes upload large batches and nobody waits
// on them interactively, so they get more time.

export type MeiliClients = { search: Meilisearch; admin: Meilisearch };

/** How long a write may take before we stop waiting for Meilisearch's task. */
export const TASK_TIMEOUT_MS = 120_000;
const WRITE_REQUEST_TIMEOUT_MS = 30_000;

export function createMeiliClients(config: MeiliConfig): MeiliClients {
  const make = (apiKey: string, timeout: number) =>
    new Meilisearch({
      host: config.url,
      apiKey,
      timeout,
      clientAgents: ["stem-clearinghouse"],
      defaultWaitOptions: { timeout: TASK_TIMEOUT_MS, interval: 100 },
    });
  return {
    search: make(config.searchKey, config.timeoutMs),
    admin: make(config.adminKey, Math.max(config.timeoutMs, WRITE_REQUEST_TIMEOUT_MS)),
  };
}
