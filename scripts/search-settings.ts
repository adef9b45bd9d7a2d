import { meiliConfig } from "../lib/search/meilisearch/config";
import { prepareMeiliIndex } from "../lib/search/meilisearch/prepare";

// `npm run search:settings`: checks the server (version, admin key), creates
// the Meilisearch index if needed and applies its settings (the ones every
// server queues once at its start), waiting as long as Meilisearch takes to
// re-index for them. Safe to run at any time; needs no database.

async function main() {
  const config = meiliConfig();
  if (!config) {
    console.error("MEILI_URL is not set: there is no Meilisearch index to configure (search uses PostgreSQL).");
    process.exit(1);
  }
  console.error(`Applying the settings of the Meilisearch index "${config.index}" at ${config.url}…`);
  const version = await prepareMeiliIndex(config);
  console.error(`Settings applied (Meilisearch ${version}).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
