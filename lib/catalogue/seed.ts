import "server-only";
import { loadEntries, type LoadReport } from "./load";
import { seedCatalogueStamps } from "./seed-dates";
import { readSeedCatalogue } from "./seed-files";

/** Loads the real catalogue of prisma/seed/ (idempotent). */
export async function loadSeedCatalogue(): Promise<LoadReport> {
  return loadEntries(await readSeedCatalogue(), "catalogue", seedCatalogueStamps);
}
