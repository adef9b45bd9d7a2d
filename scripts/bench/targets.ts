import { broadQueries, queryMix, selectiveQueries } from "./query-mix";
import type { Target } from "./load";

// What the bench requests. `/about` is the baseline every other page is
// compared with in the same run: a page of the site's layout with no data.

const withQuery = (route: string) => (q: string) => `${route}${q ? `?${q}` : ""}`;

// Statistics and embedded lists take the search's filters; a few selections.
const SELECTIONS = ["", "country=RO", "level=primary&theme=gender-equality", "country=DE&country=AT&kind=programme", "q=robotics"].map((q) =>
  new URLSearchParams(q).toString(),
);
// The cached rows repeat the head of the mix, so the cache holds their answers:
// what a popular query costs, next to what the long tail costs.
export const CACHED_HEAD = 200;

// A busy moderation day is an approval every few minutes; this is far more.
const CHANGE_EVERY_MS = 2_000;

// Measured before and after every row (withBaselines): on a shared machine the
// load drifts, and in one run `/about` went from 84 to 122 req/s between the
// first and the last row (2026-12-08). A row is compared with the two
// baselines next to it, measured within a minute of it (report.ts).
export const ABOUT: Target = { key: "about", label: "`/about` (baseline)", paths: ["/about"] };

/** The rows with `/about` before the first, between each two and after the last. */
export const withBaselines = (targets: Target[]): Target[] => [ABOUT, ...targets.flatMap((t) => [t, ABOUT])];

/**
 * What a new site process serves, unmeasured, before its first row: the pages
 * without search words. A fresh process ran `/about` at 105 req/s and 11 ms of
 * CPU a response, and at 180 req/s and 6 ms once V8 had optimised the
 * rendering code (2026-12-06); the first rows measured that warm-up, and the
 * baseline swung with it. No word is read, so the first search rows still
 * meet every word of the mix unread.
 */
export const PROCESS_WARM_UP: Target = {
  key: "warm-up",
  label: "pages without search words (not measured)",
  paths: ["/about", "/status", "/entries/quakesafe", "/", "/countries/ro", "/statistics", "/statistics?country=RO", "/embed/list?country=DE"],
};

export function computedTargets(mix: string[] = queryMix()): Target[] {
  const broad = broadQueries();
  return withBaselines([
    { key: "page", label: `\`/search\` page, mix of ${mix.length} queries`, paths: mix.map(withQuery("/search")) },
    { key: "api", label: `\`/api/v1/search\` JSON, mix of ${mix.length} queries`, paths: mix.map(withQuery("/api/v1/search")) },
    // A process that has served for a while: every word of the mix read once in
    // this generation (ADR 010), every answer still computed. The row above is
    // a process's first minute, and the one after each catalogue change.
    {
      key: "api-words-read",
      label: `\`/api/v1/search\` JSON, the same mix again (each word's matches read once)`,
      paths: mix.map(withQuery("/api/v1/search")),
      prime: true,
    },
    // The same, while approvals change the catalogue: each moves the generation,
    // so facet masks are rebuilt and kept words brought up to date (ADR 010).
    {
      key: "api-changing",
      label: `\`/api/v1/search\` JSON, the same mix again while two entries change every ${CHANGE_EVERY_MS / 1000} s`,
      paths: mix.map(withQuery("/api/v1/search")),
      changeEveryMs: CHANGE_EVERY_MS,
    },
    { key: "broad-page", label: `\`/search\` page, ${broad.length} broad words`, paths: broad.map(withQuery("/search")) },
    { key: "broad-api", label: `\`/api/v1/search\` JSON, ${broad.length} broad words`, paths: broad.map(withQuery("/api/v1/search")) },
    { key: "entry", label: "`/entries/quakesafe` entry page", paths: ["/entries/quakesafe"] },
    { key: "home", label: "`/` home page with the map", paths: ["/"] },
    { key: "country", label: "`/countries/ro` country page", paths: ["/countries/ro"] },
    { key: "statistics", label: `\`/statistics\`, ${SELECTIONS.length} selections`, paths: SELECTIONS.map(withQuery("/statistics")) },
    { key: "embed", label: `\`/embed/list\`, ${SELECTIONS.length} selections`, paths: SELECTIONS.map(withQuery("/embed/list")) },
    { key: "status", label: "`/status` (trivial dynamic page)", paths: ["/status"] },
  ]);
}

export function cachedTargets(mix: string[] = queryMix()): Target[] {
  const head = mix.slice(0, CACHED_HEAD);
  return withBaselines([
    { key: "page-cached", label: `\`/search\` page, ${head.length} queries of the mix repeated`, paths: head.map(withQuery("/search")), prime: true },
    { key: "api-cached", label: `\`/api/v1/search\` JSON, ${head.length} queries of the mix repeated`, paths: head.map(withQuery("/api/v1/search")), prime: true },
  ]);
}

/** The scale curve: JSON answers for broad and for selective words, every answer computed. */
export function curveTargets(): Target[] {
  const broad = broadQueries();
  const selective = selectiveQueries();
  return [
    { key: "broad-api", label: `broad words (${broad.length})`, paths: broad.map(withQuery("/api/v1/search")) },
    { key: "selective-api", label: `selective words (${selective.length})`, paths: selective.map(withQuery("/api/v1/search")) },
  ];
}
