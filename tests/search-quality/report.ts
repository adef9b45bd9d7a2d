import { byCase, byLanguage, summarise, type Score, type Summary } from "./metrics";

// Plain-text and Markdown tables of a benchmark run.

const percent = (x: number) => `${(x * 100).toFixed(1)} %`;
const HEADER = ["", "queries", "success (@within)", "success@3", "MRR", "zero results"];

function row(label: string, s: Summary): string[] {
  return [label, String(s.queries), percent(s.success), percent(s.successAt3), s.mrr.toFixed(3), percent(s.zeroResultRate)];
}

function rows(scores: readonly Score[], group: "language" | "case" | "overall"): string[][] {
  if (group === "overall") return [row("all", summarise(scores))];
  const groups = group === "language" ? byLanguage(scores) : byCase(scores);
  return [...groups].map(([label, s]) => row(label, s));
}

function markdownTable(title: string, body: string[][]): string {
  const header = [title, ...HEADER.slice(1)];
  const align = header.map((_, i) => (i === 0 ? "---" : "---:"));
  return [header, align, ...body].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

function textTable(title: string, body: string[][]): string {
  const all = [[title, ...HEADER.slice(1)], ...body];
  const widths = all[0]!.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(all[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

/** The three tables (per case, per language, overall). */
export function formatTables(scores: readonly Score[], markdown: boolean): string {
  const table = markdown ? markdownTable : textTable;
  return [table("case", rows(scores, "case")), table("language", rows(scores, "language")), table("overall", rows(scores, "overall"))].join("\n\n");
}

/** The failing queries, each with what it expected and the top 3 it got. */
export function formatFailures(scores: readonly Score[]): string {
  const failing = scores.filter((s) => !s.success);
  if (failing.length === 0) return "No failing queries.";
  return [
    `Failing queries (${failing.length}):`,
    ...failing.map((s) => {
      const top = s.ranked.slice(0, 3).join(", ") || "(no results)";
      return `  [${s.query.case}/${s.query.lang}] "${s.query.q}" expects ${s.query.expect.join(", ")} in top ${s.query.within}; top 3: ${top}`;
    }),
  ].join("\n");
}
