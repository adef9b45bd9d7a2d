import "server-only";
import { createMeiliClients } from "./client";
import type { MeiliConfig } from "./config";
import { countPublishedEntries, databaseNow, entriesChangedSince } from "./documents";
import { ensureIndex, prepareIndex } from "./settings";
import { sendDocuments, syncEntries } from "./sync";
import { succeeded } from "./tasks";

// A full rebuild goes into a fresh index that is swapped with the live one in
// a single Meilisearch task, so searches see either the old or the new index,
// never an empty or half-filled one.

/** Building a large index may take minutes; each task gets this long. */
const REBUILD_TASK_TIMEOUT_MS = 30 * 60_000;
const waitLong = { timeout: REBUILD_TASK_TIMEOUT_MS, interval: 250 };

export type ReindexReport = { documents: number; caughtUp: number; index: string };

/** `entries_20261122153045123`: allowed characters only, sortable by time. */
export function freshIndexUid(base: string, now: Date = new Date()): string {
  return `${base}_${now.toISOString().replace(/\D/g, "").slice(0, 17)}`;
}

export async function reindexAll(
  config: MeiliConfig,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ReindexReport> {
  const { admin } = createMeiliClients(config);
  const live = config.index;
  const fresh = freshIndexUid(live);
  // Changes the outbox delivers to the live index during the rebuild would be
  // lost with the swap; those entries are sent again afterwards.
  const startedAt = await databaseNow();
  const total = await countPublishedEntries();
  let done = 0;
  onProgress(done, total);
  try {
    await prepareIndex(admin, fresh, waitLong);
    await sendDocuments(
      admin,
      fresh,
      undefined,
      (count) => {
        done += count;
        onProgress(done, Math.max(total, done));
      },
      waitLong,
    );
    // Swapping needs both indexes; on a first run the live one is created empty.
    await ensureIndex(admin, live, waitLong);
    await succeeded(admin.swapIndexes([{ indexes: [live, fresh], rename: false }]), waitLong);
  } catch (error) {
    await admin.deleteIndexIfExists(fresh).catch(() => false);
    throw error;
  }
  // After the swap the fresh uid names the previous documents.
  await succeeded(admin.deleteIndex(fresh), waitLong);
  const changed = await entriesChangedSince(startedAt);
  await syncEntries(admin, live, changed, waitLong);
  return { documents: done, caughtUp: changed.length, index: live };
}
