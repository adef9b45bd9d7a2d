import path from "node:path";
import { fileURLToPath } from "node:url";
import { connectDatabase } from "../lib/database/connect";
import { generateSyntheticEntries, SYNTHETIC_ORIGIN } from "../lib/catalogue/synthetic";
import { syntheticStamps } from "../lib/catalogue/synthetic-dates";

// `npm run seed:synthetic -- N` adds N synthetic entries (numbered after those
// already present, so repeated runs add more); `-- --remove` deletes them all.
// The functions below are also used by scripts/bench.ts. They need the database
// to be connected first (lib/db reads DATABASE_URL on first use), hence the
// dynamic imports.

const BATCH_SIZE = 2000;
let interrupted = false;

const formatCount = (n: number) => n.toLocaleString("en").replaceAll(",", " ");

/** How many synthetic entries there are, and the index the next one gets. */
export async function syntheticStatus(): Promise<{ count: number; nextIndex: number }> {
  const { db } = await import("../lib/db");
  const [row] = await db.$queryRaw<{ count: number; next: number }[]>`
    SELECT count(*)::int AS count,
           coalesce(max(substring(slug FROM '^synthetic-([0-9]+)')::int) + 1, 0)::int AS next
    FROM entries WHERE origin = ${SYNTHETIC_ORIGIN}`;
  return { count: row?.count ?? 0, nextIndex: row?.next ?? 0 };
}

/** Adds `count` synthetic entries in batches, indexing each, with a progress line. */
export async function addSyntheticEntries(count: number): Promise<{ inserted: number; seconds: number }> {
  const { loadEntries } = await import("../lib/catalogue/load");
  const stamps = syntheticStamps();
  const { nextIndex } = await syntheticStatus();
  const started = performance.now();
  let done = 0;
  let inserted = 0;
  const progress = () => process.stdout.write(`\r${formatCount(done)} / ${formatCount(count)}`);
  progress();
  while (done < count && !interrupted) {
    const size = Math.min(BATCH_SIZE, count - done);
    const batch = generateSyntheticEntries(size, { startIndex: nextIndex + done });
    inserted += (await loadEntries(batch, SYNTHETIC_ORIGIN, stamps)).inserted;
    done += size;
    progress();
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`\n${formatCount(inserted)} synthetic entries added in ${seconds.toFixed(1)} s` +
    `${seconds > 0 ? ` (${Math.round(inserted / seconds)}/s)` : ""}${interrupted ? " — interrupted" : ""}.\n`);
  return { inserted, seconds };
}

/**
 * Deletes every synthetic entry (their search documents go with them), with
 * the external search engine's removals queued in the same transaction.
 */
export async function removeSyntheticEntries(): Promise<number> {
  const { db } = await import("../lib/db");
  const { enqueueIndexChange } = await import("../lib/search/outbox/enqueue");
  return db.$transaction(async (tx) => {
    const removed = await tx.$queryRaw<{ id: string }[]>`DELETE FROM entries WHERE origin = ${SYNTHETIC_ORIGIN} RETURNING id`;
    await enqueueIndexChange(tx, removed.map((r) => r.id), "remove");
    return removed.length;
  }, { timeout: 300_000 });
}

/** Adds or deletes (the highest-numbered) synthetic entries until there are exactly `target`. */
export async function setSyntheticCount(target: number): Promise<void> {
  const { db } = await import("../lib/db");
  const { enqueueIndexChange } = await import("../lib/search/outbox/enqueue");
  const { count } = await syntheticStatus();
  if (count < target) await addSyntheticEntries(target - count);
  else if (count > target) {
    const removed = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        DELETE FROM entries WHERE id IN (
          SELECT id FROM entries WHERE origin = ${SYNTHETIC_ORIGIN}
          ORDER BY substring(slug FROM '^synthetic-([0-9]+)')::int OFFSET ${target})
        RETURNING id`;
      await enqueueIndexChange(tx, rows.map((r) => r.id), "remove");
      return rows.length;
    }, { timeout: 300_000 });
    console.log(`${formatCount(removed)} synthetic entries removed.`);
  }
}

export async function disconnectClient(): Promise<void> {
  const { db } = await import("../lib/db");
  await db.$disconnect();
}

function parseArguments(args: string[]): { remove: true } | { remove: false; count: number } {
  if (args.length === 1 && args[0] === "--remove") return { remove: true };
  const raw = args.length === 1 ? args[0]!.replaceAll("_", "") : "";
  if (/^\d{1,7}$/.test(raw) && Number(raw) > 0) return { remove: false, count: Number(raw) };
  console.error("Usage: npm run seed:synthetic -- <number of entries to add>\n       npm run seed:synthetic -- --remove");
  process.exit(2);
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const database = await connectDatabase();
  process.on("SIGINT", () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    console.log("\nStopping after the current batch (Ctrl-C again to quit at once)…");
  });
  try {
    if (options.remove) {
      const removed = await removeSyntheticEntries();
      console.log(`${formatCount(removed)} synthetic entries removed.`);
    } else {
      const before = await syntheticStatus();
      console.log(`${formatCount(before.count)} synthetic entries present; adding ${formatCount(options.count)}…`);
      await addSyntheticEntries(options.count);
      console.log(`${formatCount((await syntheticStatus()).count)} synthetic entries now.`);
    }
  } finally {
    await disconnectClient();
    await database.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack ?? error.message : error);
    process.exit(1);
  });
}
