import "server-only";
import type { Meilisearch, WaitOptions } from "meilisearch";
import { createMeiliClients } from "./client";
import type { MeiliConfig } from "./config";
import { countPublishedEntries, databaseNow, entriesChangedSince } from "./documents";
import { checkServer } from "./server";
import { ensureIndex, prepareIndex } from "./settings";
import { sendDocuments, syncEntries } from "./sync";
import { MeiliTaskError, succeeded } from "./tasks";

// A full rebuild goes into a fresh index that is swapped with the live one in
// a single Meilisearch task, so searches see either the old or the new index,
// never an empty or half-filled one.

/** Building a large index may take minutes; each task gets this long. */
const REBUILD_TASK_TIMEOUT_MS = 30 * 60_000;
const waitLong = { timeout: REBUILD_TASK_TIMEOUT_MS, interval: 250 };

export type ReindexReport = {
  documents: number;
  caughtUp: number;
  index: string;
  /** The previous documents' index when deleting it failed (it is left behind, taking space), and why. */
  leftOver: { index: string; error: string } | null;
};

/** `entries_20261122153045123`: allowed characters only, sortable by time. */
export function freshIndexUid(base: string, now: Date = new Date()): string {
  return `${base}_${now.toISOString().replace(/\D/g, "").slice(0, 17)}`;
}

/**
 * Deletes an index and waits until Meilisearch has (the client's promise only
 * says the deletion was queued). Null when it is gone (or never existed),
 * otherwise why it is not.
 */
export async function dropIndex(admin: Meilisearch, uid: string, options?: WaitOptions): Promise<string | null> {
  try {
    const task = await admin.deleteIndex(uid).waitTask(options);
    if (task.status === "succeeded" || task.error?.code === "index_not_found") return null;
    return new MeiliTaskError(task).message;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Swaps the fresh index in (the payload of Meilisearch 1.18+, which checkServer made sure of). */
export async function swapIn(admin: Meilisearch, live: string, fresh: string, options?: WaitOptions): Promise<void> {
  await succeeded(admin.swapIndexes([{ indexes: [live, fresh], rename: false }]), options);
}

export async function reindexAll(
  config: MeiliConfig,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ReindexReport> {
  const { admin } = createMeiliClients(config);
  const live = config.index;
  // Refused before anything is built: a server too old to swap, or a key that cannot create the fresh index.
  await checkServer(admin, config.adminKey, live);
  const fresh = freshIndexUid(live);
  // Changes the outbox delivers to the live index during the rebuild would be
  // lost with the swap; those entries are sent again afterwards.
  const startedAt = await databaseNow();
  const total = await countPublishedEntries();
  let done = 0;
  onProgress(done, total);
  try {
    await prepareIndex(admin, fresh, config.timeoutMs, waitLong);
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
    await swapIn(admin, live, fresh, waitLong);
  } catch (error) {
    const left = await dropIndex(admin, fresh, waitLong);
    if (left) throw new Error(`${error instanceof Error ? error.message : String(error)} (and the fresh index "${fresh}" could not be deleted: ${left})`, { cause: error });
    throw error;
  }
  // The live index is the new one: first catch it up, then delete the previous documents (now under the fresh uid).
  const changed = await entriesChangedSince(startedAt);
  await syncEntries(admin, live, changed, waitLong);
  const error = await dropIndex(admin, fresh, waitLong);
  return { documents: done, caughtUp: changed.length, index: live, leftOver: error ? { index: fresh, error } : null };
}
