import "server-only";
import { meiliEngine } from "@/lib/search/meilisearch/engine";
import { runOutboxWorker } from "./worker";

// The outbox worker inside a server process (started by instrumentation.ts).
// Every instance runs one; SKIP LOCKED lets them share the rows. The
// controller lives on globalThis so that a module reload in development does
// not start a second worker.

declare global {
  var __clearinghouseOutboxWorker: AbortController | undefined;
}

/** Starts delivering the outbox in the background, once per process; false when no external engine is configured. */
export function startOutboxWorker(): boolean {
  if (globalThis.__clearinghouseOutboxWorker) return true;
  const engine = meiliEngine();
  if (!engine) return false;
  const controller = new AbortController();
  globalThis.__clearinghouseOutboxWorker = controller;
  runOutboxWorker(engine, { signal: controller.signal })
    .catch((error: unknown) => console.error("The search outbox worker stopped:", error))
    .finally(() => {
      if (globalThis.__clearinghouseOutboxWorker === controller) globalThis.__clearinghouseOutboxWorker = undefined;
    });
  return true;
}

/**
 * At a server's start (instrumentation.ts): checks the Meilisearch server
 * (its version, the admin key's index pattern), queues the index's settings
 * once and starts the worker, whose deliveries wait for those settings;
 * false when no external engine is configured. Throws on a bad MEILI_* setting.
 */
export function startExternalSearch(): boolean {
  // An unreachable server is checked again at the first delivery; a refused one says why, here and in each failed delivery.
  const engine = meiliEngine();
  void engine?.readiness
    .start()
    .then(async () => {
      const { adminKeyError } = await engine.readiness.state();
      if (adminKeyError) console.error("Meilisearch:", adminKeyError);
    })
    .catch((error: unknown) => console.error("Meilisearch not ready:", error instanceof Error ? error.message : error));
  return startOutboxWorker();
}

/** Stops it after the current batch; rows it still holds are taken over when their lease runs out. */
export function stopOutboxWorker(): void {
  globalThis.__clearinghouseOutboxWorker?.abort();
}
