import { connectDatabase } from "../lib/database/connect";
import { meiliConfig } from "../lib/search/meilisearch/config";
import { stopOnSignal } from "./support/stop-on-signal";

// `npm run search:worker` delivers the search outbox to Meilisearch until
// stopped (Ctrl-C or SIGTERM: after the current batch). Every `npm start`
// server does this too; run it separately when the servers should not, or
// beside them: any number of workers share the rows. Modules that use the
// database are imported once it is connected (lib/db reads DATABASE_URL).

async function main() {
  if (!meiliConfig()) {
    console.error("No external search engine is configured: set MEILI_URL (with MEILI_MASTER_KEY, or MEILI_SEARCH_KEY and MEILI_ADMIN_KEY).");
    process.exit(1);
  }
  const database = await connectDatabase();
  const { db } = await import("../lib/db");
  const { meiliEngine } = await import("../lib/search/meilisearch/engine");
  const { outboxLag, runOutboxWorker } = await import("../lib/search/outbox/worker");
  const engine = meiliEngine();
  if (!engine) throw new Error("MEILI_URL is set but no Meilisearch engine was made");

  const signal = stopOnSignal("batch");

  try {
    // Checks the server (version, admin key) and queues the settings once; deliveries wait for them.
    await engine.readiness.start().catch((error: unknown) => console.error("Meilisearch not ready:", error instanceof Error ? error.message : error));
    const { pending } = await outboxLag();
    console.log(`Delivering the search outbox to ${engine.name}: ${pending} change${pending === 1 ? "" : "s"} pending.`);
    await runOutboxWorker(engine, { signal });
    console.log("Search outbox worker stopped.");
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
