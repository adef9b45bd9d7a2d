import { startEmbeddedDatabase } from "./embedded";
import { migrateDatabase } from "./migrate";

// Entry points (npm start, seeding, benchmarks) use DATABASE_URL when it is set,
// or else start the embedded PostgreSQL under DATA_DIR; either way migrated.

export type DatabaseHandle = { url: string; embedded: boolean; stop: () => Promise<void> };

export async function connectDatabase(log: (message: string) => void = console.log): Promise<DatabaseHandle> {
  const external = process.env.DATABASE_URL;
  let handle: DatabaseHandle;
  if (external) {
    handle = { url: external, embedded: false, stop: async () => {} };
  } else {
    log("Starting the embedded PostgreSQL…");
    const embedded = await startEmbeddedDatabase({ log });
    handle = { url: embedded.url, embedded: true, stop: embedded.stop };
    process.env.DATABASE_URL = embedded.url;
  }
  log("Applying database migrations…");
  try {
    await migrateDatabase(handle.url);
  } catch (error) {
    await handle.stop();
    throw error;
  }
  return handle;
}
