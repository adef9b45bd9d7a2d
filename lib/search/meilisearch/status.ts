import "server-only";
import type { MeiliEngine } from "./engine";
import type { SettingsStatus } from "./readiness";

// What /api/health says about the Meilisearch server: its version (null when
// it does not answer) and whether this process's settings hold.

export type MeiliStatus = {
  /** The server's version, null when it does not answer. */
  version: string | null;
  /** Whether this process's settings hold (readiness.ts). */
  settings: SettingsStatus;
  /** Why the settings are not applied: a refused server, a failed task; null otherwise. */
  settingsError: string | null;
  /** Why the admin key cannot run a reindex (its indexes lack `entries*`), or null. */
  adminKeyError: string | null;
};

/** Rejects after `ms`, so that a server that does not answer cannot hold health up. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

export async function meiliStatus(engine: MeiliEngine, timeoutMs: number): Promise<MeiliStatus> {
  const [version, state] = await Promise.all([
    within(engine.version(), timeoutMs).catch(() => null),
    within(engine.readiness.state(), timeoutMs).catch(() => null),
  ]);
  return { version, settings: state?.status ?? "unknown", settingsError: state?.error ?? null, adminKeyError: state?.adminKeyError ?? null };
}
