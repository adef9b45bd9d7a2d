import "server-only";
import type { Meilisearch, Task } from "meilisearch";
import type { MeiliConfig } from "./config";
import { checkAdminKey, checkServerVersion, MeiliServerError, MeiliVersionError } from "./server";
import { ensureIndex, indexSettings } from "./settings";
import { MeiliTaskError } from "./tasks";

// Settings are applied once per process, not by each delivery: a settings
// change can make Meilisearch re-index every document, which may take longer
// than any delivery waits, and a delivery that queued the settings again on
// each retry would only lengthen the queue. So a process checks the server,
// queues the settings once, remembers that task, and deliveries wait for it
// (a bounded while, then they are retried later by the outbox) without
// queuing more (ADR 019).

export type SettingsStatus =
  /** Not yet queued by this process (Meilisearch unreachable so far, or nothing asked yet). */
  | "unknown"
  /** Queued or being processed by Meilisearch. */
  | "applying"
  | "applied"
  /** The task failed, or the server was refused (version, key): `error` says why. */
  | "failed";

export type SettingsState = {
  status: SettingsStatus;
  taskUid: number | null;
  version: string | null;
  error: string | null;
  /** Why the admin key cannot run a reindex (its indexes lack `entries*`); deliveries to the live index still work. */
  adminKeyError: string | null;
};

export class MeiliSettingsPendingError extends Error {
  override name = "MeiliSettingsPendingError";
}

/** How long a delivery waits for the settings task before giving up (the outbox retries it later). */
export const SETTINGS_WAIT_MS = 60_000;

export type Readiness = {
  /** Checks the server and queues the settings, once; later calls return the same promise. */
  start(): Promise<void>;
  /** Resolves once the settings hold; throws MeiliSettingsPendingError after `waitMs` while they are still being applied. */
  ready(waitMs?: number): Promise<void>;
  /** The state, refreshed from the settings task (one small request). */
  state(): Promise<SettingsState>;
  /** Why the server was refused (older than we support), or null. */
  refusal(): string | null;
};

export function createReadiness(admin: Meilisearch, config: Pick<MeiliConfig, "adminKey" | "index" | "timeoutMs">, pollMs = 200): Readiness {
  const uid = config.index;
  const current: SettingsState = { status: "unknown", taskUid: null, version: null, error: null, adminKeyError: null };
  let started: Promise<void> | null = null;
  let refused: string | null = null;

  async function queueSettings(): Promise<void> {
    current.version = await checkServerVersion(admin);
    current.adminKeyError = await checkAdminKey(admin, config.adminKey, uid).then(
      () => null,
      (error: unknown) => {
        if (error instanceof MeiliServerError) return error.message;
        throw error;
      },
    );
    await ensureIndex(admin, uid);
    // Our own task, even when another is queued: that one may carry another
    // version's settings (a rolling upgrade). The same settings again are no
    // change to Meilisearch, which then re-indexes nothing.
    current.taskUid = (await admin.index(uid).updateSettings(indexSettings(config.timeoutMs))).taskUid;
    current.status = "applying";
    current.error = null;
  }

  const fail = (error: unknown) => {
    current.status = "failed";
    current.error = error instanceof Error ? error.message : String(error);
  };

  function start(): Promise<void> {
    started ??= queueSettings().then(
      () => {
        refused = null;
      },
      (error: unknown) => {
        // Forgotten, so that the next delivery checks and queues again (after an upgrade, say).
        started = null;
        if (error instanceof MeiliVersionError) refused = error.message;
        fail(error);
        throw error;
      },
    );
    return started;
  }

  function record(task: Task): void {
    if (task.status === "succeeded") current.status = "applied";
    else if (task.status === "failed" || task.status === "canceled") {
      fail(new MeiliTaskError(task));
      // A failed or canceled settings task is queued again by the next start().
      started = null;
    }
  }

  async function ready(waitMs = SETTINGS_WAIT_MS): Promise<void> {
    await start();
    const deadline = Date.now() + waitMs;
    while (current.status === "applying" && current.taskUid !== null) {
      record(await admin.tasks.getTask(current.taskUid));
      if (current.status !== "applying") break;
      if (Date.now() >= deadline) {
        throw new MeiliSettingsPendingError(`Meilisearch is still applying the settings of "${uid}" (task ${current.taskUid}); delivery retried later`);
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
    if (current.status === "failed") throw new Error(current.error ?? "Meilisearch settings failed");
  }

  async function state(): Promise<SettingsState> {
    if (current.status === "applying" && current.taskUid !== null) record(await admin.tasks.getTask(current.taskUid));
    return { ...current };
  }

  return { start, ready, state, refusal: () => refused };
}
