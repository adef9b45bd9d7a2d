import path from "node:path";
import { connectDatabase, type DatabaseHandle } from "../lib/database/connect";
import { parseSearchParams } from "../lib/search/query";
import { formatFailures, formatTables } from "../tests/search-quality/report";
import { runJudgedQueries } from "../tests/search-quality/run";

// `npm run search:eval`: the search-quality benchmark. Runs every judged query
// of tests/search-quality/judged-queries.ts through the site's own search and
// prints success, MRR and zero-result rate per case, per language and overall,
// then the failing queries with their top 3. `-- --markdown` prints only the
// tables, as Markdown, for the README.
// Uses DATABASE_URL when set, else its own embedded PostgreSQL under
// $DATA_DIR/search-eval (port SEARCH_EVAL_PG_PORT, default 54349), migrated and
// loaded with the real catalogue, so the everyday database is never touched.

const markdown = process.argv.includes("--markdown");
// Progress goes to stderr, so that `--markdown > table.md` holds the tables only.
const log = (message: string) => console.error(message);

async function main() {
  if (!process.env.DATABASE_URL) {
    process.env.DATA_DIR = path.join(path.resolve(process.env.DATA_DIR ?? ".data"), "search-eval");
    process.env.EMBEDDED_PG_PORT = process.env.SEARCH_EVAL_PG_PORT ?? "54349";
  }
  let database: DatabaseHandle | undefined;
  try {
    database = await connectDatabase(log);
    const { loadSeedCatalogue } = await import("../lib/catalogue/seed");
    const report = await loadSeedCatalogue();
    log(`Catalogue: ${report.inserted} entries added, ${report.skipped} already present.`);
    const { ensureCatalogueOrganisations } = await import("../lib/organisations/seed");
    await ensureCatalogueOrganisations();

    const { searchCatalogue } = await import("../lib/search");
    const scores = await runJudgedQueries((params) => searchCatalogue(parseSearchParams(params).query));
    console.log(formatTables(scores, markdown));
    if (!markdown) console.log(`\n${formatFailures(scores)}`);
  } finally {
    // Imported only now: the client reads DATABASE_URL when it is first loaded.
    if (database) await (await import("../lib/db")).db.$disconnect().catch(() => {});
    await database?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
