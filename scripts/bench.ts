import fs from "node:fs";
import path from "node:path";
import { connectDatabase, type DatabaseHandle } from "../lib/database/connect";
import { disconnectClient, setSyntheticCount, syntheticStatus } from "./seed-synthetic";
import { workOffJobBacklog } from "./bench/jobs-backlog";
import { exercise, measure, type CpuMeter, type LoadSettings, type Measurement } from "./bench/load";
import { sampleRss, treeCpuMs, treeRssMb } from "./bench/process-tree";
import { queryMix } from "./bench/query-mix";
import { curveSvg, curveTable, resultsTable, type CurvePoint } from "./bench/report";
import { startSite, stopSite, waitForSearchWarmUp, type CacheMode, type Site } from "./bench/site";
import { cachedTargets, computedTargets, curveTargets, PROCESS_WARM_UP } from "./bench/targets";

// `npm run bench`: at 10 000 and then 50 000 synthetic entries, measures the
// site with every search computed (SEARCH_CACHE_SIZE=0: the headline), then
// restarts it with the default cache and measures the search again.
// `npm run bench:curve` (or `-- --curve`, or BENCH_CURVE=sizes): the scale
// curve, JSON search cost and the site's memory at each size, as a markdown
// table and docs/benchmarks/scale-curve.svg.
// Uses DATABASE_URL when set, else its own embedded PostgreSQL under
// $DATA_DIR/bench (port BENCH_PG_PORT, default 54339), so the everyday
// database is not filled with synthetic data.

const settings: LoadSettings = {
  duration: Number(process.env.BENCH_DURATION ?? 15),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 10),
  // Each row's own: its paths' first answers and PostgreSQL's buffers.
  warmup: Number(process.env.BENCH_WARMUP ?? 5),
};
// The `/about` rows between the others (targets.ts: withBaselines): shorter, as there are many.
const baselineSettings: LoadSettings = {
  ...settings,
  duration: Number(process.env.BENCH_BASELINE_DURATION ?? 8),
  warmup: Math.min(settings.warmup, 2),
};
// A new site process's, before its first row (targets.ts: PROCESS_WARM_UP).
const PROCESS_WARMUP_SECONDS = Number(process.env.BENCH_PROCESS_WARMUP ?? 20);
const parseSizes = (value: string) => value.split(",").map((s) => Number(s.trim()));
const SIZES = parseSizes(process.env.BENCH_SIZES ?? "10000,50000");
const CURVE = process.env.BENCH_CURVE || process.argv.includes("--curve") ? parseSizes(process.env.BENCH_CURVE || "10000,50000,200000") : undefined;
const baseDataDir = path.resolve(process.env.DATA_DIR ?? ".data");
const CURVE_SVG = path.resolve("docs/benchmarks/scale-curve.svg");

const formatCount = (n: number) => n.toLocaleString("en").replaceAll(",", " ");

async function entryCounts(): Promise<string> {
  const { db } = await import("../lib/db");
  const { count: synthetic } = await syntheticStatus();
  const total = await db.entry.count();
  return `${formatCount(synthetic)} synthetic + ${formatCount(total - synthetic)} catalogue`;
}

/** After a bulk load, fresh statistics, as autovacuum would give them shortly. */
async function analyse(): Promise<void> {
  const { db } = await import("../lib/db");
  await db.$executeRawUnsafe("VACUUM ANALYZE entries, search_documents, search_terms");
}

/** Seeds with the site stopped, so that it neither slows the seeding nor carries memory over to the next size. */
async function resize(run: Run, size: number): Promise<void> {
  await run.stop();
  console.log(`\nSynthetic entries: ${formatCount(size)}`);
  await setSyntheticCount(size);
  await analyse();
  for (const job of await workOffJobBacklog()) console.log(`Due job ${job.name} ${job.ok ? "done" : "failed"} before measuring: ${job.outcome}`);
}

function write(file: string, text: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), file) : file;
}

/** `cpu` reads the running site's CPU time and PostgreSQL's (only when the bench started it: an external one runs elsewhere). */
type Run = { restart: (cache: CacheMode) => Promise<Site>; stop: () => Promise<void>; cpu: (site: Site) => CpuMeter };

async function table(run: Run): Promise<void> {
  const mix = queryMix();
  const rows: Measurement[] = [];
  const notes: string[] = [];
  for (const size of SIZES) {
    await resize(run, size);
    for (const [cache, phase, targets] of [["off", "computed", computedTargets(mix)], ["default", "cached", cachedTargets(mix)]] as const) {
      await analyse(); // the statistics the new process picks its warm-up words from
      const site = await run.restart(cache);
      await analyse(); // start.ts may just have loaded the real catalogue
      const warmUp = await waitForSearchWarmUp(site.base);
      console.log(`The new process: ${warmUp}.`);
      notes.push(`${size} entries, ${phase}: ${warmUp} before the first row.`);
      const entries = await entryCounts();
      console.log(`Warming the new process up for ${PROCESS_WARMUP_SECONDS} s with ${PROCESS_WARM_UP.label}…`);
      await exercise(site.base, PROCESS_WARM_UP, settings.connections, PROCESS_WARMUP_SECONDS);
      console.log(`Measuring ${phase} answers with ${entries} entries…`);
      for (const target of targets) {
        rows.push(await measure(site.base, target, { phase, entries }, target.key === "about" ? baselineSettings : settings, run.cpu(site)));
      }
    }
  }
  const markdown = resultsTable(rows, settings, mix.length, notes, baselineSettings);
  const file = write(path.join(baseDataDir, "bench-results.md"), markdown);
  console.log(`\n${markdown}\nWritten to ${file}.`);
}

async function curve(run: Run, sizes: number[]): Promise<void> {
  const points: CurvePoint[] = [];
  const [broadTarget, selectiveTarget] = curveTargets();
  for (const size of sizes) {
    await resize(run, size);
    await analyse(); // the statistics the new process picks its warm-up words from
    const site = await run.restart("off"); // a fresh process, so its memory is this size's
    await analyse();
    console.log(`The new process: ${await waitForSearchWarmUp(site.base)}.`);
    const entries = await entryCounts();
    console.log(`Measuring the JSON search with ${entries} entries (site RSS at start ${Math.round(treeRssMb(site.child.pid!))} MB)…`);
    const rss = sampleRss(site.child.pid!);
    const broad = await measure(site.base, broadTarget!, { phase: "computed", entries }, settings);
    const selective = await measure(site.base, selectiveTarget!, { phase: "computed", entries }, settings);
    points.push({ size, entries, broad, selective, rssMb: rss.stop() });
  }
  const markdown = curveTable(points, settings);
  const tableFile = write(path.join(baseDataDir, "bench-curve.md"), markdown);
  const svgFile = write(CURVE_SVG, curveSvg(points));
  console.log(`\n${markdown}\nWritten to ${tableFile} and ${svgFile}.`);
}

async function main() {
  const sizes = CURVE ?? SIZES;
  if (
    sizes.some((s) => !Number.isInteger(s) || s < 0) || !(settings.duration > 0) || !(baselineSettings.duration > 0) || !(settings.warmup >= 0) || !(settings.connections >= 1) ||
    !(PROCESS_WARMUP_SECONDS >= 0)
  ) {
    throw new Error("BENCH_SIZES (or BENCH_CURVE), BENCH_DURATION, BENCH_BASELINE_DURATION, BENCH_WARMUP, BENCH_PROCESS_WARMUP and BENCH_CONNECTIONS must be positive numbers.");
  }
  if (!process.env.DATABASE_URL) {
    process.env.DATA_DIR = path.join(baseDataDir, "bench");
    process.env.EMBEDDED_PG_PORT = process.env.BENCH_PG_PORT ?? "54339";
  }
  let database: DatabaseHandle | undefined;
  let site: Site | undefined;
  let cleaning: Promise<void> | undefined;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      await stopSite(site);
      await disconnectClient().catch(() => {});
      await database?.stop();
    })());
  process.on("SIGINT", () => void cleanUp().finally(() => process.exit(130)));

  try {
    database = await connectDatabase();
    const url = database.url;
    const run: Run = {
      restart: async (cache) => {
        await stopSite(site);
        site = await startSite(url, cache);
        return site;
      },
      stop: () => stopSite(site),
      cpu: (running) => () => ({
        site: treeCpuMs(running.child.pid!),
        database: database?.embedded ? treeCpuMs(process.pid, (name) => name === "postgres") : NaN,
      }),
    };
    if (CURVE) await curve(run, CURVE);
    else await table(run);
  } finally {
    await cleanUp();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack ?? error.message : error);
    process.exit(1);
  },
);
