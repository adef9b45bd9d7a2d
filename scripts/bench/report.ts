import os from "node:os";
import type { LoadSettings, Measurement } from "./load";
import { lineChartSvg } from "./svg-chart";

// Markdown for the results table and the scale curve, and the curve's chart.

const ms = (v: number) => (Number.isNaN(v) ? "–" : `${v.toFixed(v < 10 ? 1 : 0)} ms`);

function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? "unknown CPU"} (${cpus.length} logical CPUs), Node.js ${process.version}`;
}

const isBaseline = (row: Measurement) => row.target.key === "about";

/**
 * The `/about` throughput a row is compared with: the mean of the baselines
 * measured just before and just after it in the same phase and size (either
 * one where the other is missing), so that the machine's drift over a run does
 * not move the ratio. Undefined for a baseline itself, or with none next to it.
 */
export function baselineOf(row: Measurement, rows: readonly Measurement[]): number | undefined {
  const at = rows.indexOf(row);
  if (at < 0 || isBaseline(row)) return undefined;
  const sameRun = (r: Measurement | undefined): r is Measurement => r !== undefined && r.phase === row.phase && r.entries === row.entries;
  const nearest = (step: 1 | -1) => {
    for (let i = at + step, r = rows[i]; sameRun(r); i += step, r = rows[i]) if (isBaseline(r)) return r.unavailable ? undefined : r.rps;
    return undefined;
  };
  const around = [nearest(-1), nearest(1)].filter((rps): rps is number => rps !== undefined && rps > 0);
  return around.length > 0 ? around.reduce((sum, rps) => sum + rps, 0) / around.length : undefined;
}

function ratio(row: Measurement, rows: Measurement[]): string {
  if (isBaseline(row)) return "(baseline)";
  const baseline = baselineOf(row, rows);
  return baseline ? `${(row.rps / baseline).toFixed(2)}×` : "–";
}

export function resultsTable(rows: Measurement[], settings: LoadSettings, mixSize: number, notes: string[] = [], baseline: LoadSettings = settings): string {
  const lines = rows.map((r) => {
    const lead = `| ${r.entries} | ${r.phase} | ${r.target.label} |`;
    if (r.unavailable) return `${lead} ${r.unavailable} | – | – | – | – | ${r.non2xx} | ${r.errors} | – | – | – |`;
    const l = r.latency;
    const cpu = `${ms(r.cpu?.site ?? NaN)} | ${ms(r.cpu?.database ?? NaN)}`;
    return `${lead} ${r.rps.toFixed(1)} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.p975)} | ${ms(l.p99)} | ${r.non2xx} | ${r.errors} | ${ratio(r, rows)} | ${cpu} |`;
  });
  return [
    "## Benchmark",
    "",
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` on ${machine()}, the production build (\`npm start\`) ` +
      `and PostgreSQL on the same machine; search engine: ${process.env.MEILI_URL ? "Meilisearch" : "PostgreSQL full-text"}. ` +
      `${settings.connections} concurrent connections for ${settings.duration} s per row after a ${settings.warmup} s warm-up, ` +
      `\`/about\` for ${baseline.duration} s after ${baseline.warmup} s before and after each row. ` +
      `**computed**: the site runs with \`SEARCH_CACHE_SIZE=0\`, so every search is answered afresh; the search rows rotate over a ` +
      `seeded long-tail mix of ${mixSize} query strings (0–3 words, 0–2 countries, sometimes a kind, level, theme, sort or page 2–5). ` +
      `**cached**: the site restarted with the default result cache, repeating the head of the same mix.`,
    "",
    "| Entries | Answers | Endpoint | Requests/s | p50 | p95 | p97.5 | p99 | Non-2xx | Errors | Throughput vs `/about` | CPU/response: site | CPU/response: PostgreSQL |",
    "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...lines,
    "",
    "Latencies are exact percentiles (nearest rank) of every response time recorded during the measurement. " +
      "Requests/s = responses received ÷ measured duration. Each ratio compares with the mean of the two `/about` rows measured just before and just after it. " +
      "CPU/response: the CPU time (user and system) the site's process tree and PostgreSQL's processes used during the measurement, " +
      "divided by the responses; less noisy than throughput on a shared machine, and it says where a page's cost lies " +
      "(– where PostgreSQL is not the bench's own, or without /proc).",
    "",
    ...notes.map((note) => `- ${note}`),
    ...(notes.length > 0 ? [""] : []),
  ].join("\n");
}

export type CurvePoint = { size: number; entries: string; broad: Measurement; selective: Measurement; rssMb: number };

export function curveTable(points: CurvePoint[], settings: LoadSettings): string {
  return [
    "## Scale curve",
    "",
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:curve\` on ${machine()}; every answer computed ` +
      `(\`SEARCH_CACHE_SIZE=0\`), ${settings.connections} connections, ${settings.duration} s per row after a ${settings.warmup} s warm-up, ` +
      "the site restarted at each size. Memory: peak resident set of the site's whole process tree during the measurements.",
    "",
    "| Entries | Broad: req/s | Broad: p50 | Broad: p95 | Selective: req/s | Selective: p50 | Selective: p95 | Site RSS |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...points.map((p) =>
      `| ${p.entries} | ${p.broad.rps.toFixed(1)} | ${ms(p.broad.latency.p50)} | ${ms(p.broad.latency.p95)} | ` +
        `${p.selective.rps.toFixed(1)} | ${ms(p.selective.latency.p50)} | ${ms(p.selective.latency.p95)} | ${Math.round(p.rssMb)} MB |`),
    "",
  ].join("\n");
}

export function curveSvg(points: CurvePoint[]): string {
  const sizes = points.map((p) => p.size);
  return lineChartSvg("Cost of GET /api/v1/search against catalogue size, every answer computed", sizes, [
    {
      title: "JSON search latency",
      unit: "ms",
      series: [
        { label: "broad p95", values: points.map((p) => p.broad.latency.p95), color: "#c0392b" },
        { label: "broad p50", values: points.map((p) => p.broad.latency.p50), color: "#c0392b", dashed: true },
        { label: "selective p95", values: points.map((p) => p.selective.latency.p95), color: "#2471a3" },
        { label: "selective p50", values: points.map((p) => p.selective.latency.p50), color: "#2471a3", dashed: true },
      ],
    },
    { title: "Site memory (RSS, whole process tree)", unit: "MB", series: [{ label: "peak RSS", values: points.map((p) => p.rssMb), color: "#1e8449" }] },
  ]);
}
