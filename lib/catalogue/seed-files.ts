import fs from "node:fs/promises";
import path from "node:path";
import { catalogueFileSchema, type Entry } from "./schema";
import { KINDS } from "./vocabularies";

// The real catalogue lives in prisma/seed/catalogue/<kind>.json, reviewable
// data validated by the same schema as every other input.
export const SEED_DIRECTORY = path.resolve("prisma", "seed", "catalogue");

export async function readSeedCatalogue(directory = SEED_DIRECTORY): Promise<Entry[]> {
  const files = await Promise.all(
    KINDS.map(async ({ value: kind }) => {
      const file = path.join(directory, `${kind}.json`);
      const parsed = catalogueFileSchema.safeParse(JSON.parse(await fs.readFile(file, "utf8")));
      if (!parsed.success) throw new Error(`${file} is not a valid catalogue file:\n${parsed.error.message}`);
      const wrongKind = parsed.data.find((e) => e.kind !== kind);
      if (wrongKind) throw new Error(`${file}: "${wrongKind.slug}" is a ${wrongKind.kind}, not a ${kind}`);
      return parsed.data;
    }),
  );
  return files.flat();
}
