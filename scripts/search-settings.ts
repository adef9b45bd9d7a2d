import { meiliConfig } from "../lib/search/meilisearch/config";
import { prepareMeiliIndex } from "../lib/search/meilisearch/prepare";

// `npm run search:settings`: creates the Meilisearch index if needed and
// applies its settings (the same ones every server applies before its first
// write). Safe to run at any time; needs no database.

async function main() {
  const config = meiliConfig();
  if (!config) {
    console.error("MEILI_URL is not set: there is no Meilisearch index to configure (search uses PostgreSQL).");
    process.exit(1);
  }
  console.error(`Applying the settings of the Meilisearch index "${config.index}" at ${config.url}…`);
  await prepareMeiliIndex(config);
  console.error("Settings applied.");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
