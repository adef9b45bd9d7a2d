import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { processTree, treeCpuMs } from "../../scripts/bench/process-tree";
import { BROAD_WORDS, mulberry32, queryMix } from "../../scripts/bench/query-mix";
import type { Measurement } from "../../scripts/bench/load";
import { baselineOf } from "../../scripts/bench/report";
import { latencies, percentile } from "../../scripts/bench/stats";
import { withBaselines } from "../../scripts/bench/targets";
import { lineChartSvg, niceMax } from "../../scripts/bench/svg-chart";
import { COUNTRIES, KINDS, LEVELS, THEMES, valuesOf } from "../../lib/catalogue/vocabularies";

describe("mulberry32", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const take = (seed: number) => {
      const rng = mulberry32(seed);
      return Array.from({ length: 50 }, rng);
    };
    expect(take(15)).toEqual(take(15));
    expect(take(16)).not.toEqual(take(15));
    expect(take(15).every((v) => v >= 0 && v < 1)).toBe(true);
  });
});

describe("the bench's query mix", () => {
  const mix = queryMix();
  const parsed = mix.map((q) => new URLSearchParams(q));

  it("is 2000 distinct query strings, the same on every call", () => {
    expect(mix).toHaveLength(2000);
    expect(new Set(mix).size).toBe(2000);
    expect(queryMix()).toEqual(mix);
    expect(queryMix(2000, 99)).not.toEqual(mix);
  });

  it("has 0–3 words, 0–2 countries and valid filters, pages and sorts", () => {
    const kinds: string[] = valuesOf(KINDS);
    const levels: string[] = valuesOf(LEVELS);
    const themes: string[] = valuesOf(THEMES);
    const countries: string[] = valuesOf(COUNTRIES);
    for (const params of parsed) {
      expect((params.get("q") ?? "").split(" ").filter(Boolean).length).toBeLessThanOrEqual(3);
      expect(params.getAll("country").length).toBeLessThanOrEqual(2);
      for (const c of params.getAll("country")) expect(countries).toContain(c);
      for (const k of params.getAll("kind")) expect(kinds).toContain(k);
      for (const l of params.getAll("level")) expect(levels).toContain(l);
      for (const t of params.getAll("theme")) expect(themes).toContain(t);
      if (params.has("page")) expect(["2", "3", "4", "5"]).toContain(params.get("page"));
      if (params.has("sort")) expect(["newest", "title"]).toContain(params.get("sort"));
    }
  });

  it("is a long tail: every shape occurs, words mostly, filters sometimes", () => {
    const share = (test: (p: URLSearchParams) => boolean) => parsed.filter(test).length / parsed.length;
    const wordCount = (p: URLSearchParams) => (p.get("q") ?? "").split(" ").filter(Boolean).length;
    for (const n of [0, 1, 2, 3]) expect(share((p) => wordCount(p) === n)).toBeGreaterThan(0.05);
    expect(share((p) => p.getAll("country").length === 2)).toBeGreaterThan(0.05);
    expect(share((p) => p.has("kind"))).toBeGreaterThan(0.15);
    expect(share((p) => p.has("kind"))).toBeLessThan(0.35);
    expect(share((p) => p.has("page"))).toBeGreaterThan(0.08);
    expect(share((p) => p.has("sort"))).toBeGreaterThan(0.08);
    // Other languages and misspellings are part of it.
    expect(parsed.some((p) => /[äöüéíșñ]/.test(p.get("q") ?? ""))).toBe(true);
    const words = new Set(parsed.flatMap((p) => (p.get("q") ?? "").split(" ").filter(Boolean)));
    expect(words.size).toBeGreaterThan(300);
    expect(BROAD_WORDS.some((w) => words.has(w))).toBe(true);
  });
});

describe("percentile", () => {
  it("is the nearest rank", () => {
    const values = Array.from({ length: 200 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(100);
    expect(percentile(values, 95)).toBe(190);
    expect(percentile(values, 97.5)).toBe(195);
    expect(percentile(values, 99)).toBe(198);
    expect(percentile(values, 100)).toBe(200);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it("sorts the recorded times itself", () => {
    expect(latencies([5, 1, 4, 2, 3])).toEqual({ p50: 3, p95: 5, p975: 5, p99: 5 });
  });
});

describe("the scale curve's SVG", () => {
  const sizes = [10_000, 50_000, 200_000];
  const svg = lineChartSvg("Cost <against> size & memory", sizes, [
    {
      title: "latency",
      unit: "ms",
      series: [
        { label: "broad p95", values: [120, 480, 1900], color: "#c00" },
        { label: "selective p95", values: [20, 25, NaN], color: "#00c", dashed: true },
      ],
    },
    { title: "memory", unit: "MB", series: [{ label: "RSS", values: [310, 420, 760], color: "#0a0" }] },
  ]);

  it("is well-formed SVG with the title escaped", () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(svg) as { svg: { "@_xmlns": string; title: string } };
    expect(doc.svg["@_xmlns"]).toBe("http://www.w3.org/2000/svg");
    expect(doc.svg.title).toBe("Cost <against> size & memory");
    expect(svg).toContain("<title>Cost &lt;against&gt; size &amp; memory</title>");
  });

  it("draws one point per measured value and one line per series with two or more", () => {
    expect(svg.match(/<circle /g)).toHaveLength(3 + 2 + 3);
    expect(svg.match(/<polyline /g)).toHaveLength(3);
  });

  it("puts larger values higher and larger sizes further right", () => {
    const points = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)].slice(0, 3).map((m) => [Number(m[1]), Number(m[2])]);
    expect(points[0]![0]).toBeLessThan(points[1]![0]!);
    expect(points[1]![0]).toBeLessThan(points[2]![0]!);
    expect(points[0]![1]).toBeGreaterThan(points[2]![1]!);
  });

  it("rounds axes up to 1, 2 or 5 times a power of ten", () => {
    expect([niceMax(1900), niceMax(480), niceMax(760), niceMax(0)]).toEqual([2000, 500, 1000, 1]);
  });
});

describe("the process tree", () => {
  it("holds the root and all its descendants, nothing else", () => {
    const parentOf = new Map([[10, 1], [11, 10], [12, 11], [13, 10], [20, 1], [21, 20]]);
    expect(processTree(10, parentOf).sort()).toEqual([10, 11, 12, 13]);
  });

  it.runIf(process.platform === "linux")("counts the CPU time its living descendants use, by their command name", async () => {
    // A child that uses 400 ms of CPU (its own count, however busy the machine), says so, and waits to be stopped:
    // an exited child's time is no longer in the tree.
    const burn = "while (process.cpuUsage().user < 400000); console.log('used'); setInterval(() => {}, 1000);";
    const child = spawn(process.execPath, ["-e", burn], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      const before = treeCpuMs(process.pid);
      await once(child.stdout!, "data");
      const used = treeCpuMs(child.pid!);
      // /proc counts in ticks of 10 ms, rounded down.
      expect(used).toBeGreaterThanOrEqual(390);
      expect(treeCpuMs(process.pid) - before).toBeGreaterThanOrEqual(300);
      expect(treeCpuMs(process.pid, (name) => name === "no such command")).toBe(0);
      expect(treeCpuMs(child.pid!, (name) => name === "node")).toBeGreaterThanOrEqual(used);
    } finally {
      child.kill();
      await once(child, "exit");
    }
  });
});

describe("the baseline a row is compared with", () => {
  const row = (key: string, rps: number, phase = "computed", unavailable?: string): Measurement => ({
    phase,
    entries: "50 000",
    target: { key, label: key, paths: [`/${key}`] },
    rps,
    latency: latencies([1]),
    non2xx: 0,
    errors: 0,
    unavailable,
  });

  it("puts `/about` before, between and after the rows", () => {
    expect(withBaselines([{ key: "a", label: "a", paths: ["/a"] }, { key: "b", label: "b", paths: ["/b"] }]).map((t) => t.key)).toEqual(["about", "a", "about", "b", "about"]);
  });

  it("is the mean of the two `/about` rows next to it, not of the run's first and last", () => {
    const rows = [row("about", 80), row("search", 40), row("about", 100), row("entry", 60), row("about", 120)];
    expect(baselineOf(rows[1]!, rows)).toBe(90);
    expect(baselineOf(rows[3]!, rows)).toBe(110);
    expect(baselineOf(rows[0]!, rows)).toBeUndefined();
  });

  it("takes the one it has where the other is missing or failed, and none from another phase", () => {
    const rows = [row("about", 80), row("search", 40), row("about", 0, "computed", "unavailable (HTTP 500)"), row("cached", 70, "cached"), row("about", 50, "cached")];
    expect(baselineOf(rows[1]!, rows)).toBe(80);
    expect(baselineOf(rows[3]!, rows)).toBe(50);
    const alone = row("alone", 1);
    expect(baselineOf(alone, [alone])).toBeUndefined();
  });
});
