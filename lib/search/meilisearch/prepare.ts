import "server-only";
import { createMeiliClients } from "./client";
import type { MeiliConfig } from "./config";
import { prepareIndex } from "./settings";

/**
 * Creates the live index if needed and applies the settings, waiting until
 * they hold. Idempotent: for start-up and `npm run search:settings`.
 */
export async function prepareMeiliIndex(config: MeiliConfig): Promise<void> {
  await prepareIndex(createMeiliClients(config).admin, config.index);
}
