import { describe, expect, it } from "vitest";
import { FACET_ATTRIBUTES, buildFilter, quoteFilterValue, selectedFacets } from "../../lib/search/meilisearch/filters";
import { emptyFilters } from "../../lib/search/query";
import type { FacetFilters } from "../../lib/search/types";
import { freshnessLines } from "../../lib/verification/freshness";

const filters = (overrides: Partial<FacetFilters>): FacetFilters => ({ ...emptyFilters(), ...overrides });

/**
 * Reads one `attribute = "value"` condition the way Meilisearch's filter
 * parser does: a backslash protects the next character from ending the
 * literal, then `\"` becomes `"`, then `\\` becomes `\`. Returns null when
 * the condition is anything other than exactly one comparison.
 */
function readCondition(condition: string): { attribute: string; value: string } | null {
  const head = /^([A-Za-z]+) = "/.exec(condition);
  if (!head) return null;
  let i = head[0].length;
  let raw = "";
  for (; i < condition.length; i++) {
    const c = condition[i];
    if (c === '"') break;
    if (c === "\\") {
      const next = condition[i + 1];
      if (next === undefined) return null;
      raw += c + next;
      i++;
    } else raw += c;
  }
  if (condition[i] !== '"' || i !== condition.length - 1) return null;
  const value = raw.replaceAll('\\"', '"').replace(/\\(.)/g, "$1");
  return { attribute: head[1] ?? "", value };
}

const HOSTILE = [
  'RO" OR kind = "x',
  'RO\\" OR kind = "x',
  "\\",
  "\\\\",
  'a\\"b',
  '"',
  '" OR countries EXISTS OR "',
  "RO) OR (kind = programme",
  "' OR '1' = '1",
  "x\nOR kind = y",
  "",
  "Ünïcødé 🙂",
];

describe("quoteFilterValue", () => {
  it("quotes plain values", () => {
    expect(quoteFilterValue("RO")).toBe('"RO"');
    expect(quoteFilterValue("project-team")).toBe('"project-team"');
  });

  it("escapes backslashes before quotes", () => {
    expect(quoteFilterValue('RO" OR kind = "x')).toBe('"RO\\" OR kind = \\"x"');
    expect(quoteFilterValue("a\\b")).toBe('"a\\\\b"');
    expect(quoteFilterValue('\\"')).toBe('"\\\\\\""');
  });

  it.each(HOSTILE)("keeps %j one literal that reads back unchanged", (value) => {
    const condition = buildFilter(filters({ country: [value] }))[0]?.[0] ?? "";
    expect(readCondition(condition)).toEqual({ attribute: "countries", value });
  });

  it("is needed: without escaping, the reader sees more than one comparison", () => {
    expect(readCondition('countries = "RO" OR kind = "x"')).toBeNull();
    expect(readCondition('countries = "a\\" OR kind = "x"')).toBeNull();
  });
});

describe("buildFilter", () => {
  it("is empty without a selection", () => {
    expect(buildFilter(emptyFilters())).toEqual([]);
    expect(selectedFacets(emptyFilters())).toEqual([]);
  });

  it("ORs values within a facet and ANDs facets, in a fixed facet order", () => {
    expect(buildFilter(filters({ kind: ["resource"], country: ["RO", "BE"], level: ["primary"] }))).toEqual([
      ['countries = "RO"', 'countries = "BE"'],
      ['levels = "primary"'],
      ['kind = "resource"'],
    ]);
  });

  it("drops repeated values", () => {
    expect(buildFilter(filters({ theme: ["mathematics", "mathematics"] }))).toEqual([['themes = "mathematics"']]);
  });

  it("leaves out one facet for that facet's own counts", () => {
    const selection = filters({ country: ["RO"], level: ["primary", "upper-secondary"], kind: ["programme"] });
    expect(buildFilter(selection, "country")).toEqual([
      ['levels = "primary"', 'levels = "upper-secondary"'],
      ['kind = "programme"'],
    ]);
    expect(buildFilter(selection, "level")).toEqual([['countries = "RO"'], ['kind = "programme"']]);
    expect(buildFilter(filters({ country: ["RO"] }), "country")).toEqual([]);
    expect(buildFilter(selection, "theme")).toEqual(buildFilter(selection));
    expect(selectedFacets(selection)).toEqual(["country", "level", "kind"]);
  });

  it("names only attributes of the allowlist, whatever the values", () => {
    const hostile = filters({ country: HOSTILE, level: HOSTILE, theme: HOSTILE, kind: HOSTILE });
    const allowed = new Set<string>(Object.values(FACET_ATTRIBUTES));
    const groups = buildFilter(hostile);
    expect(groups).toHaveLength(4);
    for (const group of groups) {
      expect(group).toHaveLength(HOSTILE.length);
      for (const condition of group) {
        const read = readCondition(condition);
        expect(read).not.toBeNull();
        expect(allowed.has(read?.attribute ?? "")).toBe(true);
      }
    }
  });
});

describe("buildFilter: evidence and freshness", () => {
  const lines = freshnessLines(new Date("2026-12-03T10:00:00Z"));
  const due = Date.parse("2025-12-03T10:00:00Z");
  const stale = Date.parse("2024-12-03T10:00:00Z");

  it("quotes evidence levels like any value, and judges freshness by the lines it is given, never by a value", () => {
    expect(buildFilter(filters({ evidence: ["not-assessed"], freshness: ["stale", "current", "bogus"] }), undefined, lines)).toEqual([
      ['evidence = "not-assessed"'],
      [`(lastVerifiedAt IS NULL OR lastVerifiedAt <= ${stale})`, `lastVerifiedAt > ${due}`],
    ]);
    expect(buildFilter(filters({ freshness: ["due"] }), undefined, lines)).toEqual([[`(lastVerifiedAt > ${stale} AND lastVerifiedAt <= ${due})`]]);
    expect(buildFilter(filters({ freshness: ["due"] }), "freshness", lines)).toEqual([]);
    expect(selectedFacets(filters({ evidence: ["impact"], freshness: ["due"] }))).toEqual(["evidence"]);
  });

  it("refuses a freshness selection without the moment's lines rather than guess a clock", () => {
    expect(() => buildFilter(filters({ freshness: ["due"] }))).toThrow(/lines/);
    expect(buildFilter(filters({ evidence: ["impact"] }))).toEqual([['evidence = "impact"']]);
  });
});
