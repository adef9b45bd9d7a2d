import autocannon from "autocannon";
import { changeEntriesEvery } from "./catalogue-changes";
import { latencies, type Latencies } from "./stats";

// Load generation with autocannon: each target's requests rotate over its
// paths with one cursor for the warm-up and the measurement, so a long-tail
// mix keeps moving on to queries not yet asked.

/**
 * `prime`: request every path once before the warm-up (so a cache holds each answer).
 * `changeEveryMs`: change two entries this often during the warm-up and the measurement, as approvals would.
 */
export type Target = { key: string; label: string; paths: string[]; prime?: boolean; changeEveryMs?: number };
export type Measurement = {
  phase: string;
  entries: string;
  target: Target;
  rps: number;
  latency: Latencies;
  non2xx: number;
  errors: number;
  unavailable?: string;
  /** Server CPU time per response during the measurement, in ms (NaN where it was not measured). */
  cpu?: CpuTimes;
};
export type LoadSettings = { connections: number; duration: number; warmup: number };
export type CpuTimes = { site: number; database: number };
/** CPU time used so far by the site's processes and by PostgreSQL's, in ms. */
export type CpuMeter = () => CpuTimes;

// Preflight checks this many paths of a target, spread over its list.
const PREFLIGHT_SAMPLE = 24;
const PREFLIGHT_TIMEOUT_MS = 30_000;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const cursors = new WeakMap<Target, { next: number }>();

/** One autocannon run continuing the target's rotation; records every response time. */
function load(base: string, target: Target, connections: number, duration: number) {
  const cursor = cursors.get(target) ?? { next: 0 };
  cursors.set(target, cursor);
  return new Promise<{ result: autocannon.Result; times: number[] }>((resolve, reject) => {
    const times: number[] = [];
    const instance = autocannon(
      {
        url: base,
        connections,
        duration,
        requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: target.paths[cursor.next++ % target.paths.length]! }) }],
      },
      (error, result) => (error ? reject(error) : resolve({ result, times })),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

/** Requests the target's paths for `seconds`, measuring nothing. */
export async function exercise(base: string, target: Target, connections: number, seconds: number): Promise<void> {
  if (seconds > 0) await load(base, target, connections, seconds);
}

async function check(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(PREFLIGHT_TIMEOUT_MS) });
    await response.arrayBuffer();
    return response.ok ? undefined : `HTTP ${response.status}`;
  } catch (error) {
    // A slow or refused request is a finding of the run, not the end of it.
    return error instanceof Error && error.name === "TimeoutError" ? `no answer in ${PREFLIGHT_TIMEOUT_MS / 1000} s` : String(error);
  }
}

/**
 * A sample of the target's requests (all of them to prime), as many at once
 * as the load has connections: they must work before they are measured.
 */
async function preflight(base: string, target: Target, connections: number): Promise<string | undefined> {
  const step = target.prime ? 1 : Math.max(1, Math.floor(target.paths.length / PREFLIGHT_SAMPLE));
  const sample = target.paths.filter((_, i) => i % step === 0).slice(0, target.prime ? undefined : PREFLIGHT_SAMPLE);
  const failures: { problem: string; path: string }[] = [];
  for (let i = 0; i < sample.length; i += connections) {
    const chunk = sample.slice(i, i + connections);
    const problems = await Promise.all(chunk.map((p) => check(`${base}${p}`)));
    problems.forEach((problem, j) => problem && failures.push({ problem, path: chunk[j]! }));
  }
  if (failures.length === sample.length) return failures[0]!.problem;
  if (failures.length > 0) {
    console.warn(`  ${failures.length} of ${sample.length} sampled requests of ${target.label} fail:\n    ${failures.map((f) => `${f.problem} ${f.path}`).join("\n    ")}`);
  }
  return undefined;
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

export async function measure(
  base: string,
  target: Target,
  context: { phase: string; entries: string },
  settings: LoadSettings,
  cpuMeter?: CpuMeter,
): Promise<Measurement> {
  const unavailable = await preflight(base, target, settings.connections);
  if (unavailable) {
    console.log(`  ${target.label}: unavailable (${unavailable}), skipped`);
    return { ...context, target, rps: 0, latency: latencies([]), non2xx: 0, errors: 0, unavailable: `unavailable (${unavailable})` };
  }
  const stopChanging = target.changeEveryMs ? changeEntriesEvery(target.changeEveryMs) : null;
  if (settings.warmup > 0) await load(base, target, settings.connections, settings.warmup);
  const before = cpuMeter?.();
  const { result, times } = await load(base, target, settings.connections, settings.duration);
  const after = cpuMeter?.();
  if (stopChanging) console.log(`  ${await stopChanging()} catalogue changes during ${target.label}`);
  // Requests still open when the time is up are not counted (autocannon drops them).
  if (times.length === 0) {
    console.log(`  ${target.label}: no answer within ${settings.duration} s (${result.errors} errors, ${result.timeouts} timeouts)`);
    return { ...context, target, rps: 0, latency: latencies([]), non2xx: result.non2xx, errors: result.errors, unavailable: `no answer within ${settings.duration} s` };
  }
  const m: Measurement = { ...context, target, rps: times.length / result.duration, latency: latencies(times), non2xx: result.non2xx, errors: result.errors };
  if (before && after) m.cpu = { site: (after.site - before.site) / times.length, database: (after.database - before.database) / times.length };
  console.log(`  ${target.label}: ${m.rps.toFixed(1)} req/s, p50 ${ms(m.latency.p50)}, p95 ${ms(m.latency.p95)}, ` +
    `p97.5 ${ms(m.latency.p975)}, p99 ${ms(m.latency.p99)}, ${m.non2xx} non-2xx, ${m.errors} errors` +
    (m.cpu ? `, CPU per response: site ${ms(m.cpu.site)}, PostgreSQL ${ms(m.cpu.database)}` : ""));
  return m;
}
