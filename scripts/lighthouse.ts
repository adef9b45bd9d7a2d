import os from "node:os";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { z } from "zod";
import { frameworkChunks, kB, OWN_JS_BUDGET_BYTES, pageJs, type PageJs } from "./support/js-size";
import { startSite, type RunningSite } from "./support/site-process";

// `npm run lighthouse [-- URL]`: Lighthouse's performance audit of the main
// pages with its defaults (mobile emulation, simulated slow 4G and a 4× slower
// CPU) in Debian's Chromium, each page LIGHTHOUSE_RUNS times (default 3); the
// run with the median score is reported, as Lighthouse advises for its
// variance. Also the gzipped JavaScript each page loads, the framework's and
// ours (scripts/support/js-size.ts says which is which).
// Without a URL (argument or LIGHTHOUSE_URL) it starts the production site
// as `npm start` does (DATA_DIR, DATABASE_URL, EMBEDDED_PG_PORT apply) on a
// free port or PORT. With a URL, the local build (.next/) must be the one that
// site serves, for the framework/ours split.

const PAGES = ["/", "/search", "/search?q=robotics", "/entries/quakesafe", "/countries/ro", "/statistics", "/about"];
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const PERFORMANCE_GOAL = 95;

type Run = { score: number; lcp: number; tbt: number; cls: number; fcp: number; scripts: string[]; findings: string[]; lcpElement?: string; benchmarkIndex: number };

// The part of the "largest-contentful-paint-element" audit's details that names the element.
const lcpElementSchema = z.object({ items: z.array(z.object({ items: z.array(z.object({ node: z.object({ snippet: z.string() }).optional() })).optional() })) });
type PageResult = { page: string; scores: number[]; median: Run; js: PageJs; benchmarkIndexes: number[] };

/** Audits of the performance category that did not pass, with what they would save. */
function findingsOf(audits: Record<string, { score: number | null; scoreDisplayMode?: string; title: string; displayValue?: string }>): string[] {
  return Object.values(audits)
    .filter((audit) => audit.score !== null && audit.score < 0.9 && ["numeric", "binary", "metricSavings"].includes(audit.scoreDisplayMode ?? ""))
    .map((audit) => (audit.displayValue ? `${audit.title} (${audit.displayValue})` : audit.title));
}

async function audit(url: string, port: number): Promise<Run> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const requests = lhr.audits["network-requests"]?.details;
  const items = requests && requests.type === "table" ? requests.items : [];
  const scripts = items.flatMap((item) => (item.resourceType === "Script" && typeof item.url === "string" ? [item.url] : []));
  const metricIds = new Set(["largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "first-contentful-paint", "speed-index", "interactive"]);
  const others = Object.fromEntries(Object.entries(lhr.audits).filter(([id]) => !metricIds.has(id)));
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcp: numeric("largest-contentful-paint"),
    tbt: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    fcp: numeric("first-contentful-paint"),
    scripts,
    findings: findingsOf(others),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    lcpElement: lcpElementSchema.safeParse(lhr.audits["largest-contentful-paint-element"]?.details).data?.items[0]?.items?.[0]?.node?.snippet,
  };
}

function medianRun(runs: Run[]): Run {
  const sorted = [...runs].sort((a, b) => a.score - b.score);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function table(results: PageResult[]): string {
  const rows = results.map(
    (r) =>
      `| \`${r.page}\` | ${r.median.score} | ${r.scores.join(", ")} | ${seconds(r.median.fcp)} | ${seconds(r.median.lcp)} | ${Math.round(r.median.tbt)} ms | ${r.median.cls.toFixed(3)} | ${kB(r.js.frameworkBytes)} | ${kB(r.js.ownBytes)} |`,
  );
  return [
    "| page | performance (median) | runs | FCP | LCP | TBT | CLS | framework JS (gzip) | our JS (gzip) |",
    "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
}

async function main() {
  const given = process.argv[2] ?? process.env.LIGHTHOUSE_URL;
  let site: RunningSite | undefined;
  const base = given ? given.replace(/\/$/, "") : (site = await startSite(process.env.PORT ? Number(process.env.PORT) : undefined)).base;
  const framework = frameworkChunks();
  const bodies = new Map<string, Promise<Uint8Array>>();
  const bodyOf = (url: string) => {
    const cached = bodies.get(url) ?? fetch(url).then(async (response) => new Uint8Array(await response.arrayBuffer()));
    bodies.set(url, cached);
    return cached;
  };
  const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
  const results: PageResult[] = [];
  try {
    // One warm-up load per page: the first render of each route fills the server's caches.
    for (const page of PAGES) await (await fetch(`${base}${page}`)).arrayBuffer();
    for (const page of PAGES) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await audit(`${base}${page}`, chrome.port));
      const median = medianRun(runs);
      const js = await pageJs(median.scripts, framework, bodyOf);
      results.push({ page, scores: runs.map((run) => run.score), median, js, benchmarkIndexes: runs.map((run) => run.benchmarkIndex) });
      console.error(`${page}: ${runs.map((run) => run.score).join(", ")}`);
    }
  } finally {
    chrome.kill();
    await site?.stop();
  }
  const cpus = os.cpus();
  console.log(`\nLighthouse ${RUNS}× per page, mobile emulation and simulated throttling, ${new Date().toISOString().slice(0, 10)}, ${cpus.length} × ${cpus[0]?.model.trim() ?? "CPU"}, load average ${os.loadavg()[0]?.toFixed(1)}\n`);
  const indexes = results.flatMap((r) => r.benchmarkIndexes);
  console.log(`Lighthouse's CPU benchmark index of this host during the runs (higher is faster): ${Math.round(Math.min(...indexes))}–${Math.round(Math.max(...indexes))}\n`);
  console.log(table(results));
  for (const result of results) {
    const lcp = result.median.lcpElement ? ` LCP element: ${result.median.lcpElement}.` : "";
    if (result.median.findings.length > 0 || lcp) console.log(`\n${result.page}: ${result.median.findings.join("; ")}.${lcp}`);
  }
  const unmatched = results.every((r) => r.js.frameworkBytes === 0);
  if (unmatched) console.log("\nNo loaded chunk is in .next/build-manifest.json's framework set: is the local build the one the site serves?");
  const failing = results.filter((r) => r.median.score < PERFORMANCE_GOAL || r.js.ownBytes > OWN_JS_BUDGET_BYTES);
  console.log(
    failing.length === 0
      ? `\nEvery page scores at least ${PERFORMANCE_GOAL} and loads at most ${kB(OWN_JS_BUDGET_BYTES)} of our own JavaScript.`
      : `\nBelow the goal (performance ≥ ${PERFORMANCE_GOAL}, our JS ≤ ${kB(OWN_JS_BUDGET_BYTES)}): ${failing.map((r) => r.page).join(", ")}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
