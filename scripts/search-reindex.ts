import { connectDatabase } from "../lib/database/connect";
import { meiliConfig, type MeiliConfig } from "../lib/search/meilisearch/config";
import { createProgress } from "./support/progress-bar";

// `npm run search:reindex`: rebuilds the whole Meilisearch index from the
// published entries into a fresh index and swaps it in. lib/db reads
// DATABASE_URL when first imported, hence the imports after connecting.

function configured(): MeiliConfig {
  const config = meiliConfig();
  if (!config) {
    console.error("MEILI_URL is not set: there is no Meilisearch index to rebuild (search uses PostgreSQL).");
    process.exit(1);
  }
  return config;
}

async function main() {
  const config = configured();
  const database = await connectDatabase((message) => console.error(message));
  try {
    const { reindexAll } = await import("../lib/search/meilisearch/reindex");
    console.error(`Rebuilding the Meilisearch index "${config.index}" at ${config.url}…`);
    const started = performance.now();
    const progress = createProgress(process.stderr);
    const report = await reindexAll(config, progress.update).finally(progress.finish);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.error(
      `${report.documents} entries indexed and swapped into "${report.index}" in ${seconds} s` +
        (report.caughtUp > 0 ? `; ${report.caughtUp} changed meanwhile and were sent again.` : "."),
    );
    if (report.leftOver) {
      // Searches use the new index; the old one only takes space until deleted.
      console.error(`The previous index "${report.leftOver.index}" could not be deleted: ${report.leftOver.error}. Delete it by hand (DELETE /indexes/${report.leftOver.index}).`);
      process.exitCode = 1;
    }
  } finally {
    const { db } = await import("../lib/db");
    await db.$disconnect();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
