import fs from "node:fs";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { LevelMatrix } from "../../components/stats/level-matrix";
import { FILLS, textOnShade } from "../../lib/geo/colour-scale";
import { renderInLanguage } from "../support/render-intl";

// The matrix's cells take their shade from a class said once in the style
// sheet, not from a style on each of some 300 cells.

const render = (cells: Record<string, Record<string, number>>) => renderInLanguage(createElement(LevelMatrix, { cells, countries: ["RO", "MT"] }));

describe("LevelMatrix", () => {
  it("shades each counted cell with a class and no inline style", () => {
    const html = render({ RO: { primary: 1, "upper-secondary": 40, "higher-education": 900 }, MT: { primary: 3 } });
    const table = html.slice(html.indexOf("<table"));
    const shaded = [...table.matchAll(/<td class="shade-(\d)">([^<]*)/g)].map((m) => [m[2], Number(m[1])]);
    expect(shaded).toHaveLength(4);
    // The darkest class holds the largest count, the lightest the smallest.
    expect(shaded.find(([count]) => count === "900")?.[1]).toBe(FILLS.length - 1);
    expect(shaded.find(([count]) => count === "1")?.[1]).toBe(0);
    expect(table).not.toContain("style=");
  });

  it("says each phone card's counts in one line, then the levels with none", () => {
    const html = render({ RO: { primary: 1, "upper-secondary": 40, "higher-education": 900 } });
    const cards = html.slice(0, html.indexOf("<table"));
    expect(cards).toContain("<li><p class=\"font-semibold\">Romania</p><p>Primary: 1, Upper secondary: 40 and Higher education: 900</p><p>None yet: Early childhood, Lower secondary,");
    expect(cards).toContain("No entries at any level yet</p><p>Malta.</p>");
    expect(cards).not.toMatch(/<d[ltd]>/);
  });

  it("writes each card's counts in the page's language, numbers formatted there too", () => {
    const html = renderInLanguage(createElement(LevelMatrix, { cells: { RO: { primary: 1234, "higher-education": 5 } }, countries: ["RO"] }), "de");
    const cards = html.slice(0, html.indexOf("<table"));
    expect(cards).toContain("<p>Primarstufe: 1.234 und Hochschulbildung: 5</p>");
    expect(cards).not.toContain("\u0000");
  });
});

describe("the shade classes in app/globals.css", () => {
  const css = fs.readFileSync("app/globals.css", "utf8");
  it.each(FILLS.map((fill, step) => [step, fill] as const))("shade-%i is the colour scale's fill and text", (step, fill) => {
    const rule = new RegExp(`\\.shade-${step}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? "";
    expect(rule).toMatch(new RegExp(`background-color:\\s*${fill};`, "i"));
    expect(rule).toMatch(new RegExp(`(^|[^-])color:\\s*${textOnShade(step)};`, "i"));
  });
});
