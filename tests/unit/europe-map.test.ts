import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { CountryMap } from "../../components/map/country-map";
import { COUNTRIES } from "../../lib/catalogue/vocabularies";
import { classOf, colourClasses } from "../../lib/geo/colour-scale";
import { europeShapes } from "../../lib/geo/europe-shapes";
import { shapesSprite } from "../../lib/geo/shapes-sprite";
import { renderInLanguage } from "../support/render-intl";

// The map is computed from the atlas on the server: every country of the
// vocabulary must be there, drawable and named.

const NUMBERS = /-?(?:\d+\.?\d*|\.\d+)/g;

describe("europeShapes", () => {
  const shapes = europeShapes();

  it("has a sane frame", () => {
    expect(shapes.width).toBe(800);
    expect(shapes.height).toBeGreaterThan(400);
    expect(shapes.height).toBeLessThan(1000);
  });

  it("draws every catalogue country once, as a shape or with a marker", () => {
    expect(shapes.countries.map((c) => c.code).sort()).toEqual(COUNTRIES.map((c) => c.value).sort());
    for (const country of shapes.countries) expect([country.code, country.d.length > 0 || country.marker !== null]).toEqual([country.code, true]);
    const marked = shapes.countries.filter((c) => c.marker).map((c) => c.code);
    for (const tiny of ["MT", "AD", "LI", "SM", "MC", "LU"]) expect(marked).toContain(tiny);
    expect(marked).not.toContain("FR");
  });

  it("writes finite path data and markers inside the frame", () => {
    for (const d of [shapes.context, ...shapes.countries.map((c) => c.d)]) {
      expect(d).not.toMatch(/NaN|Infinity|e[+-]?\d/);
      expect(d === "" || /^M/.test(d)).toBe(true);
      expect((d.match(NUMBERS) ?? []).every((n) => Number.isFinite(Number(n)))).toBe(true);
    }
    for (const { marker } of shapes.countries) {
      if (!marker) continue;
      expect(marker.x).toBeGreaterThan(0);
      expect(marker.x).toBeLessThan(shapes.width);
      expect(marker.y).toBeGreaterThan(0);
      expect(marker.y).toBeLessThan(shapes.height);
    }
  });
});

describe("CountryMap", () => {
  const counts = [
    { value: "RO", count: 12 },
    { value: "MT", count: 1 },
    { value: "DE", count: 140 },
  ];
  // The map reads its words from the English catalogue, as on the site.
  const html = renderInLanguage(createElement(CountryMap, { counts }));
  const svg = html.match(/<svg viewBox[\s\S]*?<\/svg>/)?.[0] ?? "";

  it("links every country to its page with its figure as the name", () => {
    const links = [...svg.matchAll(/<a href="([^"]+)" aria-label="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(links).toHaveLength(COUNTRIES.length);
    expect(links).toContainEqual(["/countries/ro", "Romania: 12 entries"]);
    expect(links).toContainEqual(["/countries/mt", "Malta: 1 entry"]);
    expect(links).toContainEqual(["/countries/fr", "France: no entries"]);
  });

  it("has a title, a description and a viewBox", () => {
    expect(svg).toMatch(/^<svg viewBox="0 0 800 \d+"/);
    expect(svg).toMatch(/aria-labelledby="europe-map-title"/);
    expect(svg).toContain('<title id="europe-map-title">Map of Europe: entries per country</title>');
    expect(svg).toMatch(/<desc id="europe-map-desc">3 of the 47 countries/);
  });

  it("gives the same numbers in a table with headers", () => {
    const table = html.match(/<table[\s\S]*?<\/table>/)?.[0] ?? "";
    expect(table).toContain("<caption");
    expect(table).toMatch(/<th scope="col"[^>]*>Country<\/th>/);
    const rows = [...table.matchAll(/<th scope="row"[^>]*><a href="([^"]+)">([^<]+)<\/a><td[^>]*>([\d,]+)/g)].map((m) => [m[1], m[2], m[3]]);
    expect(rows).toHaveLength(COUNTRIES.length);
    expect(rows.slice(0, 3)).toEqual([
      ["/countries/de", "Germany", "140"],
      ["/countries/ro", "Romania", "12"],
      ["/countries/mt", "Malta", "1"],
    ]);
  });

  it("draws each outline from the cached sprite, so the page carries only colours and links", () => {
    const { svg: sprite, version } = shapesSprite();
    const uses = [...svg.matchAll(/<use [^>]*href="([^"]+)"/g)].map((m) => m[1] ?? "");
    expect(uses).toContain(`/map/europe-shapes.svg?v=${version}#context`);
    expect(uses).toContain(`/map/europe-shapes.svg?v=${version}#RO`);
    for (const href of uses) expect(sprite).toContain(`<path id="${href.split("#")[1]}" d="M`);
    // Every country with an outline is drawn; San Marino is too small to have one and keeps its marker.
    expect(uses).toHaveLength(1 + europeShapes().countries.filter((c) => c.d !== "").length);
    expect(svg).not.toMatch(/<path [^>]*d="M/);
    expect(svg.length).toBeLessThan(15_000);
    // Plain absolute path data from d3 to a tenth of a unit: about 77 KB, fetched once.
    expect(sprite.length).toBeLessThan(90_000);
    expect(sprite).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 800 \d+"><defs>/);
  });
});

describe("colourClasses", () => {
  it("puts the largest count in the darkest class and zero in none", () => {
    const classes = colourClasses([0, 3, 17, 420]);
    expect(classOf(classes, 0)).toBeNull();
    expect(classOf(classes, 420)).toBe(classes.at(-1));
    expect(classes[0]?.min).toBe(1);
    expect(classes.at(-1)?.max).toBe(420);
    for (const [i, c] of classes.entries()) if (i > 0) expect(c.min).toBe((classes[i - 1]?.max ?? 0) + 1);
    expect(colourClasses([0, 0])).toEqual([]);
  });
});

describe("CountryMap in German", () => {
  const html = renderInLanguage(createElement(CountryMap, { counts: [{ value: "AT", count: 1234 }] }), "de");

  it("names countries and figures in German and links to the German pages", () => {
    expect(html).toContain('<a href="/de/countries/at" aria-label="Österreich: 1.234 Einträge">');
    expect(html).toContain('<a href="/de/countries/de" aria-label="Deutschland: keine Einträge">');
    expect(html).toContain("Karte Europas: Einträge pro Land");
    expect(html).toMatch(/<th scope="col"[^>]*>Land<\/th>/);
    expect(html).toContain('<a href="/de/countries/at">Österreich</a>');
  });

  it("orders countries without entries in the German alphabet", () => {
    const names = [...html.matchAll(/<th scope="row"[^>]*><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1] ?? "");
    expect(names[0]).toBe("Österreich");
    const rest = names.slice(1);
    expect(rest).toEqual([...rest].sort(new Intl.Collator("de").compare));
    expect(rest.indexOf("Ungarn")).toBeGreaterThan(rest.indexOf("Türkei"));
  });
});
