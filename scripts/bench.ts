import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { connectDatabase, type DatabaseHandle } from "../lib/database/connect";
import { disconnectClient, setSyntheticCount, syntheticStatus } from "./seed-synthetic";

// `npm run bench`: loads 10 000 and then 50 000 synthetic entries, and at each
// size measures the search page, the JSON search API and a trivial dynamic page
// (/status, the baseline) under concurrent load with varied queries.
// Uses DATABASE_URL when set, else its own embedded PostgreSQL under
// $DATA_DIR/bench (port 54339), so the everyday database is not filled with
// synthetic data. Environment: BENCH_DURATION (s per endpoint, default 15),
// BENCH_CONNECTIONS (default 10), BENCH_SIZES (default "10000,50000").

const DURATION = Number(process.env.BENCH_DURATION ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SIZES = (process.env.BENCH_SIZES ?? "10000,50000").split(",").map((s) => Number(s.trim()));
// Long enough for the JIT and the caches to reach a steady state, as on a live site.
const WARMUP_REQUESTS = 1000;
const STARTUP_TIMEOUT_MS = 20 * 60_000; // start.ts may have to build the site first
const baseDataDir = path.resolve(process.env.DATA_DIR ?? ".data");

// Realistic searches: free text (with typos, prefixes, other languages), facet
// filters alone and combined, sorts and pages 1–3. The same list serves the
// HTML page and the JSON API, so the two are measured on the same work.
const QUERIES = [
  "q=robotics", "q=girls coding", "q=earthqake", "q=Valnalon", "q=MINT", "q=mat", "q=climate lab&sort=newest",
  "q=teacher academy&level=teacher-development", "q=maths circle&page=2", "country=RO", "level=primary",
  "theme=gender-equality", "kind=programme", "country=RO&level=primary", "country=DE&country=AT&theme=digital-skills",
  "theme=climate-sustainability&kind=resource&sort=title", "kind=project-team&page=3", "q=maker space&country=ES",
  "q=Robótica", "q=Schülerlabor", "q=3D printing&sort=title&page=2", "q=refugee&theme=refugees-migrants",
  "q=astronomy&level=upper-secondary&level=lower-secondary", "", "sort=title&page=2", "page=3",
  "q=coding&kind=resource&kind=programme", "q=energy&country=GR&country=TR", "q=stem girls&theme=gender-equality&level=upper-secondary",
  "q=cybersecurity&sort=newest&page=2", "q=teachr training", "q=robot&country=PL", "q=data&theme=mathematics&sort=title",
  "country=UA&kind=organisation", "level=vocational&theme=careers&page=2", "q=earthquake engineering&country=RO",
  "q=citizen science&page=3", "q=unesco huawei", "q=ingénierie", "theme=steam-arts&level=early-childhood",
  "q=digital skills&country=IT&kind=platform&sort=title", "q=matemáticas&country=ES",
].map((q) => new URLSearchParams(q).toString());

// Statistics and embedded lists take the search's filters; their figures are
// cached per catalogue generation, as the search's are.
const SELECTIONS = ["", "country=RO", "level=primary&theme=gender-equality", "country=DE&country=AT&kind=programme", "q=robotics"].map((q) =>
  new URLSearchParams(q).toString(),
);

type Target = { key: string; label: string; paths: string[] };
const TARGETS: Target[] = [
  { key: "page", label: "`/search` page (HTML)", paths: QUERIES.map((q) => `/search${q ? `?${q}` : ""}`) },
  { key: "api", label: "`/api/v1/search` (JSON)", paths: QUERIES.map((q) => `/api/v1/search${q ? `?${q}` : ""}`) },
  { key: "home", label: "`/` home page with the map (HTML)", paths: ["/"] },
  { key: "entry", label: "`/entries/quakesafe` entry page (HTML)", paths: ["/entries/quakesafe"] },
  { key: "statistics", label: "`/statistics` page (HTML)", paths: SELECTIONS.map((q) => `/statistics${q ? `?${q}` : ""}`) },
  { key: "embed", label: "`/embed/list` (embeddable HTML)", paths: SELECTIONS.map((q) => `/embed/list${q ? `?${q}` : ""}`) },
  { key: "status", label: "`/status` (trivial dynamic page)", paths: ["/status"] },
];

type Measurement = {
  entries: string;
  target: Target;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
  unavailable?: string;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const formatCount = (n: number) => n.toLocaleString("en").replaceAll(",", " ");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base: string, site: ChildProcess): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (site.exitCode !== null) throw new Error(`The site exited (code ${site.exitCode}) before it answered.`);
    try {
      const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(1000);
  }
  throw new Error(`The site did not answer ${base}/api/health within ${STARTUP_TIMEOUT_MS / 60_000} minutes.`);
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** One autocannon run rotating over the target's paths; records every response time. */
function load(base: string, target: Target, options: { duration?: number; amount?: number }) {
  let next = 0;
  return new Promise<{ result: autocannon.Result; times: number[] }>((resolve, reject) => {
    const times: number[] = [];
    const instance = autocannon(
      {
        url: base,
        connections: CONNECTIONS,
        ...options,
        requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: target.paths[next++ % target.paths.length]! }) }],
      },
      (error, result) => (error ? reject(error) : resolve({ result, times })),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

/** Every distinct request once: checks they work, and is the first part of the warm-up. */
async function preflight(base: string, target: Target): Promise<string | undefined> {
  const failures: string[] = [];
  for (const p of target.paths) {
    const response = await fetch(`${base}${p}`, { signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    if (!response.ok) failures.push(`${response.status} ${p}`);
  }
  if (failures.length === target.paths.length) return `HTTP ${failures[0]!.split(" ")[0]}`;
  if (failures.length > 0) console.warn(`  ${failures.length} request(s) of ${target.label} fail:\n    ${failures.join("\n    ")}`);
  return undefined;
}

async function measure(base: string, target: Target, entries: string): Promise<Measurement> {
  const unavailable = await preflight(base, target);
  if (unavailable) {
    console.log(`  ${target.label}: unavailable (${unavailable}), skipped`);
    return { entries, target, rps: 0, p50: NaN, p95: NaN, p99: NaN, non2xx: 0, errors: 0, unavailable };
  }
  await load(base, target, { amount: WARMUP_REQUESTS });
  const { result, times } = await load(base, target, { duration: DURATION });
  times.sort((a, b) => a - b);
  const m: Measurement = {
    entries,
    target,
    rps: times.length / result.duration,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    non2xx: result.non2xx,
    errors: result.errors,
  };
  console.log(`  ${target.label}: ${m.rps.toFixed(1)} req/s, p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms, ` +
    `p99 ${m.p99.toFixed(1)} ms, ${m.non2xx} non-2xx, ${m.errors} errors`);
  return m;
}

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

function table(rows: Measurement[]): string {
  const ms = (v: number) => (Number.isNaN(v) ? "–" : `${v.toFixed(v < 10 ? 1 : 0)} ms`);
  const baseline = (entries: string) => rows.find((r) => r.entries === entries && r.target.key === "status" && !r.unavailable)?.rps;
  const lines = rows.map((r) => {
    if (r.unavailable) return `| ${r.entries} | ${r.target.label} | unavailable (${r.unavailable}) | – | – | – | – | – | – |`;
    const base = baseline(r.entries);
    const ratio = r.target.key === "status" ? "1.00× (baseline)" : base ? `${(r.rps / base).toFixed(2)}×` : "–";
    return `| ${r.entries} | ${r.target.label} | ${r.rps.toFixed(1)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.non2xx} | ${r.errors} | ${ratio} |`;
  });
  const cpus = os.cpus();
  return [
    "## Benchmark",
    "",
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` on ${cpus[0]?.model.trim() ?? "unknown CPU"} ` +
      `(${cpus.length} logical CPUs), Node.js ${process.version}, the production build (\`npm start\`: Next.js inside our web server) and PostgreSQL on the same machine; ` +
      `search engine: ${process.env.MEILI_URL ? "Meilisearch" : "PostgreSQL full-text"}` +
      `${process.env.SEARCH_CACHE_SIZE ? `, SEARCH_CACHE_SIZE=${process.env.SEARCH_CACHE_SIZE}` : ", default search result cache"}. ` +
      `${CONNECTIONS} concurrent connections for ${DURATION} s per endpoint after a ${WARMUP_REQUESTS}-request warm-up. ` +
      `Search requests rotate over ${QUERIES.length} query strings (free text, typos, prefixes, other languages, facet filters, sorts, pages 1–3).`,
    "",
    "| Entries | Endpoint | Requests/s | p50 latency | p95 latency | p99 latency | Non-2xx | Errors | Throughput vs `/status` |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...lines,
    "",
    "Latencies are exact percentiles (nearest rank) of every response time recorded during the measurement " +
      "(autocannon's per-response timings), not histogram estimates. Requests/s = responses received ÷ measured duration.",
    "",
  ].join("\n");
}

async function stopSite(site: ChildProcess | undefined): Promise<void> {
  if (!site || site.exitCode !== null || site.signalCode !== null) return;
  const exited = new Promise((resolve) => site.once("exit", resolve));
  site.kill("SIGTERM");
  if ((await Promise.race([exited.then(() => true), sleep(30_000).then(() => false)])) === false) {
    site.kill("SIGKILL");
    await Promise.race([exited, sleep(5_000)]);
  }
}

async function main() {
  if (SIZES.some((s) => !Number.isInteger(s) || s < 0) || !(DURATION > 0) || !(CONNECTIONS >= 1)) {
    throw new Error("BENCH_SIZES, BENCH_DURATION and BENCH_CONNECTIONS must be positive numbers.");
  }
  if (!process.env.DATABASE_URL) {
    process.env.DATA_DIR = path.join(baseDataDir, "bench");
    process.env.EMBEDDED_PG_PORT = process.env.BENCH_PG_PORT ?? "54339";
  }
  let database: DatabaseHandle | undefined;
  let site: ChildProcess | undefined;
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
    const rows: Measurement[] = [];
    let base: string | undefined;
    for (const size of SIZES) {
      console.log(`\nSynthetic entries: ${formatCount(size)}`);
      await setSyntheticCount(size);
      await analyse();
      if (!site || !base) {
        const port = await freePort();
        base = `http://127.0.0.1:${port}`;
        console.log(`Starting the site on ${base} (it builds first when the build is stale)…`);
        site = spawn(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/start.ts"], {
          stdio: "inherit",
          // The load generator is one client: the per-client API limit would
          // measure itself, so it is lifted unless set explicitly.
          env: { API_RATE_LIMIT_PER_MINUTE: "1000000000", ...process.env, PORT: String(port), DATABASE_URL: database.url },
        });
        await waitForHealth(base, site);
        await analyse(); // start.ts has just loaded the real catalogue
      }
      const entries = await entryCounts();
      console.log(`Measuring with ${entries} entries…`);
      for (const target of TARGETS) rows.push(await measure(base, target, entries));
    }
    const markdown = table(rows);
    fs.mkdirSync(baseDataDir, { recursive: true });
    const file = path.join(baseDataDir, "bench-results.md");
    fs.writeFileSync(file, markdown);
    console.log(`\n${markdown}\nWritten to ${file.startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), file) : file}.`);
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
