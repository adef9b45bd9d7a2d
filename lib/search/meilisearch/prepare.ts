import "server-only";
import { createMeiliClients } from "./client";
import type { MeiliConfig } from "./config";
import { checkServer } from "./server";
import { prepareIndex } from "./settings";

/** A settings change may make Meilisearch re-index every document: the script waits as long as that takes. */
const SETTINGS_WAIT = { timeout: 30 * 60_000, interval: 500 };

/**
 * Checks the server (version, admin key), creates the live index if needed
 * and applies the settings, waiting until they hold. Idempotent: for
 * `npm run search:settings`. Returns the server's version.
 */
export async function prepareMeiliIndex(config: MeiliConfig): Promise<string> {
  const { admin } = createMeiliClients(config);
  const version = await checkServer(admin, config.adminKey, config.index);
  await prepareIndex(admin, config.index, config.timeoutMs, SETTINGS_WAIT);
  return version;
}
