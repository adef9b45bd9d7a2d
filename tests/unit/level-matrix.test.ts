import fs from "node:fs";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { LevelMatrix } from "../../components/stats/level-matrix";
import { LEVELS } from "../../lib/catalogue/vocabularies";
import { FILLS, textOnShade } from "../../lib/geo/colour-scale";
import { renderInLanguage } from "../support/render-intl";

// The matrix's cells take their shade from a class said once in the style
// sheet, not from a style on each of some 300 cells.

const render = (cells: Record<string, Record<string, number>>) => renderInLanguage(createElement(LevelMatrix, { cells, countries: ["RO", "MT"] }));

describe("LevelMatrix", () => {
  it("shades each counted cell with a class and no inline style", () => {
    const html = render({ RO: { primary: 1, "upper-secondary": 40, "higher-education": 900 }, MT: { primary: 3 } });
    const table = html.slice(html.indexOf("<tbody"));
    const shaded = [...table.matchAll(/<td class="shade-(\d)">([^<]*)/g)].map((m) => [m[2], Number(m[1])]);
    expect(shaded).toHaveLength(4);
    // The darkest class holds the largest count, the lightest the smallest.
    expect(shaded.find(([count]) => count === "900")?.[1]).toBe(FILLS.length - 1);
    expect(shaded.find(([count]) => count === "1")?.[1]).toBe(0);
    expect(table).not.toContain("style=");
  });

  it("is sent once: one table, whose rows are the phone's cards, and the countries with no entries named apart", () => {
    const html = render({ RO: { primary: 1, "upper-secondary": 40, "higher-education": 900 } });
    expect(html.match(/Romania/g)).toHaveLength(1);
    // The one list is the colour key.
    expect(html.match(/<ul/g)).toHaveLength(1);
    expect(html).toContain('<tr><th scope="row">Romania');
    // Malta's row is in the table (dashes from md up), hidden on a phone, where it is named under the table.
    expect(html).toContain('<tr class="none"><th scope="row">Malta');
    expect(html.slice(html.indexOf("</table>"))).toContain("No entries at any level yet</p><p");
    expect(html.slice(html.indexOf("</table>"))).toContain(">Malta.</p>");
  });

  it("gives the phone's cards each level's words in the page's language, once, in the table's style", () => {
    const html = renderInLanguage(createElement(LevelMatrix, { cells: { RO: { primary: 1234, "higher-education": 5 } }, countries: ["RO"] }), "de");
    const style = /<table class="level-matrix" style="([^"]*)"/.exec(html)?.[1] ?? "";
    expect(style).toContain("--level-1:&quot;Frühkindliche Bildung: &quot;");
    expect(style).toContain("--level-2:&quot;Primarstufe: &quot;");
    expect(style).not.toContain("after");
    expect(style).not.toContain("\u0000");
    // The numbers in the cells are formatted in the page's language.
    expect(html).toContain(">1.234<");
  });
});

describe("the phone's cards in app/globals.css", () => {
  const css = fs.readFileSync("app/globals.css", "utf8");
  it.each(LEVELS.map((_, i) => i + 1))("say the words of level %i before its count", (n) => {
    expect(css).toContain(`.level-matrix td:nth-of-type(${n})::before {\n      content: var(--level-${n});`);
    expect(css).toContain(`.level-matrix td:nth-of-type(${n})::after {\n      content: var(--level-${n}-after, none);`);
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
