import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "../../lib/database/embedded";
import { migrateDatabase } from "../../lib/database/migrate";

// A throwaway PostgreSQL for the whole run: one template database, migrated
// and loaded with the real catalogue; each test file gets its own copy.

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    appDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "clearinghouse-test-"));
  fs.chmodSync(directory, 0o755); // PostgreSQL runs as its own user when we are root
  const port = 55000 + Math.floor(Math.random() * 4000);
  const server = await startEmbeddedDatabase({ directory: path.join(directory, "pg"), port, persistent: false, database: "template_catalogue" });
  await migrateDatabase(server.url);

  process.env.DATABASE_URL = server.url;
  const { loadSeedCatalogue } = await import("../../lib/catalogue/seed");
  const { ensureCatalogueOrganisations } = await import("../../lib/organisations/seed");
  const { db } = await import("../../lib/db");
  await loadSeedCatalogue();
  await ensureCatalogueOrganisations();
  await db.$disconnect();

  project.provide("adminDatabaseUrl", server.adminUrl);
  project.provide("appDatabaseUrl", server.url);
  return async () => {
    await server.stop();
    fs.rmSync(directory, { recursive: true, force: true });
  };
}
