import fs from "node:fs/promises";
import { expect, test } from "./support/test";
import type { Page } from "@playwright/test";
import { parseCsv } from "../support/csv";
import { seriousViolations } from "./support/axe";
import { KINDS } from "../../lib/catalogue/vocabularies";

// The map of Europe on the home and countries pages, and the statistics page.

const map = (page: Page) => page.getByRole("group", { name: "Map of Europe: entries per country" });
const countryTable = (page: Page) => page.getByRole("table", { name: "Entries per country" });

/** "Romania: 12 entries" → ["Romania", 12]; "France: no entries" → ["France", 0]. */
function parseName(name: string): [string, number] {
  const match = /^(.+): (no entries|([\d,]+) entr(?:y|ies))$/.exec(name);
  if (!match?.[1]) throw new Error(`unexpected map link name: ${name}`);
  return [match[1], match[3] ? Number(match[3].replace(/,/g, "")) : 0];
}

for (const path of ["/", "/countries"]) {
  test(`the map on ${path} links every country, with the table's numbers`, async ({ page }) => {
    await page.goto(path);
    const links = map(page).getByRole("link");
    const count = await links.count();
    expect(count).toBe(47);

    const fromMap = new Map<string, number>();
    for (let i = 0; i < count; i++) {
      const link = links.nth(i);
      const [country, entries] = parseName((await link.getAttribute("aria-label")) ?? "");
      expect(await link.getAttribute("href")).toMatch(/^\/countries\/[a-z]{2}$/);
      fromMap.set(country, entries);
    }

    const rows = countryTable(page).locator("tbody tr");
    await expect(rows).toHaveCount(47);
    const fromTable = new Map<string, number>();
    for (const row of await rows.all()) {
      const country = (await row.getByRole("rowheader").innerText()).trim();
      fromTable.set(country, Number((await row.getByRole("cell").innerText()).replace(/,/g, "")));
    }
    expect(fromTable).toEqual(fromMap);
  });
}

test("a country on the map leads to its page, by mouse and by keyboard", async ({ page }) => {
  await page.goto("/countries");
  await map(page).getByRole("link", { name: /^Romania: / }).click();
  await expect(page).toHaveURL(/\/countries\/ro$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("STEM education in Romania");

  await page.goto("/");
  const malta = map(page).getByRole("link", { name: /^Malta: / });
  await malta.focus();
  await expect(malta).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/countries\/mt$/);
});

test("the statistics page counts the catalogue and narrows with its form", async ({ page }) => {
  await page.goto("/statistics");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Statistics");
  const kinds = page.getByRole("table", { name: "Kinds: the numbers" });
  await expect(kinds.locator("tbody tr")).toHaveCount(KINDS.length);
  await expect(page.getByRole("table", { name: /Entries per country \(rows\) and education level/ })).toBeVisible();
  const totalText = async () => {
    const summary = await page.locator("main p", { hasText: /^[\d,]+ published/ }).first().innerText();
    return Number(/^([\d,]+)/.exec(summary.trim())?.[1]?.replace(/,/g, "") ?? NaN);
  };
  const whole = await totalText();
  expect(whole).toBeGreaterThan(0);

  const filters = page.getByRole("complementary", { name: "Filters" });
  await filters.locator("summary", { hasText: "Country" }).click();
  await filters.getByRole("group", { name: "Country" }).getByRole("checkbox", { name: "Romania" }).check();
  await filters.getByRole("button", { name: "Show statistics" }).click();
  await expect(page).toHaveURL(/\/statistics\?country=RO$/);
  const narrowed = await totalText();
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(whole);
  await expect(page.getByRole("link", { name: "Remove filter Country: Romania" })).toBeVisible();

  // The same selection in search finds as many entries.
  await page.getByRole("link", { name: "See these entries in search" }).click();
  await expect(page).toHaveURL(/\/search\?country=RO$/);
  await expect(page.getByRole("heading", { name: new RegExp(`^${narrowed.toLocaleString("en")} (entries|entry)`) })).toBeVisible();
});

test("with a country chosen, the matrix lists that country, its partners apart, and downloads as CSV", async ({ page }) => {
  await page.goto("/statistics?country=MK");
  const matrix = page.getByRole("table", { name: "Entries per country (rows) and education level (columns)", exact: true });
  await expect(matrix.locator("tbody tr")).toHaveCount(1);
  await expect(matrix.getByRole("rowheader")).toHaveText("North Macedonia");
  await expect(page.getByRole("heading", { name: "North Macedonia and education levels" })).toBeVisible();
  // The partner countries of its multi-country entries, in their own table.
  const partners = page.getByRole("table", { name: /^Partner countries: / });
  await expect(page.getByRole("heading", { name: "Partner countries" })).toBeVisible();
  const partnerNames = await partners.getByRole("rowheader").allInnerTexts();
  expect(partnerNames.length).toBeGreaterThan(0);
  expect(partnerNames).not.toContain("North Macedonia");

  // The country chart leaves out its own selection, as the search's filter does: every country keeps its count.
  await expect(page.getByRole("table", { name: "Countries: the numbers" }).locator("tbody tr")).toHaveCount(47);
  const romania = page.getByRole("table", { name: "Countries: the numbers" }).getByRole("row", { name: /^Romania / });
  await expect(romania.getByRole("cell").first()).not.toHaveText("0");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download this table as CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^stem-clearinghouse-countries-levels-mk-\d{4}-\d\d-\d\d\.csv$/);
  const bytes = await fs.readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, first, ...rest] = parseCsv(bytes.toString("utf8"));
  expect(header?.slice(0, 4)).toEqual(["country", "country_code", "row", "Early childhood"]);
  expect(first?.slice(0, 3)).toEqual(["North Macedonia", "MK", "selected country"]);
  expect(rest.map((r) => r[0])).toEqual(partnerNames);
  expect(rest.every((r) => r[2] === "partner country")).toBe(true);
});

test("the statistics page explains unknown values and empty selections", async ({ page }) => {
  const response = await page.goto("/statistics?country=XX");
  expect(response?.status()).toBe(200);
  // Within main: Next.js adds an empty alert of its own, the route announcer.
  await expect(page.locator("main").getByRole("alert")).toContainText("Unknown country “XX”.");

  await page.goto("/statistics?q=zzqqxxvvkkjj");
  await expect(page.getByRole("heading", { name: "Nothing to count" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the statistics form still filters", async ({ page }) => {
    await page.goto("/statistics");
    const filters = page.getByRole("complementary", { name: "Filters" });
    await filters.locator("summary", { hasText: "Kind" }).click();
    await filters.getByRole("group", { name: "Kind" }).getByRole("checkbox", { name: "Programme" }).check();
    await filters.getByRole("button", { name: "Show statistics" }).click();
    await expect(page).toHaveURL(/\/statistics\?kind=programme$/);
    await expect(page.getByRole("link", { name: "Remove filter Kind: Programme" })).toBeVisible();
  });
});

for (const path of ["/", "/countries", "/statistics", "/statistics?country=RO&level=primary", "/statistics?country=MK", "/countries/mk"]) {
  test(`no serious accessibility violations on ${path} with the map or statistics`, async ({ page }) => {
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await seriousViolations(page)).toEqual([]);
  });
}

// Skipped unless E2E_SCREENSHOTS is set: pictures for people to look at, not a check.
test("screenshots of a country page and a country's statistics (skipped unless E2E_SCREENSHOTS is set)", async ({ page }) => {
  // Skipped without E2E_SCREENSHOTS: it takes pictures for people to look at and checks nothing.
  test.skip(!process.env.E2E_SCREENSHOTS, "screenshots for people to look at, no assertions: taken only when E2E_SCREENSHOTS is set");
  for (const [name, path] of [["country-mk", "/countries/mk"], ["statistics-mk", "/statistics?country=MK"]] as const) {
    await page.goto(path);
    for (const width of [320, 390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `.data/screens/${name}-${width}.png`, fullPage: true });
    }
  }
});

test("the outlines come from one file the browser keeps, and the countries are drawn from it", async ({ page, request }) => {
  await page.goto("/");
  const romania = map(page).getByRole("link", { name: /^Romania: / }).locator("use");
  // A <use> of an outline that did not load has no size.
  await expect.poll(async () => (await romania.boundingBox())?.width ?? 0).toBeGreaterThan(20);
  const href = (await romania.getAttribute("href")) ?? "";
  expect(href).toMatch(/^\/map\/europe-shapes\.svg\?v=[\w-]{12}#RO$/);
  const sprite = await request.get(href.split("#")[0] ?? "");
  expect(sprite.status()).toBe(200);
  expect(sprite.headers()["content-type"]).toContain("image/svg+xml");
  expect(sprite.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(await sprite.text()).toContain('<path id="RO" d="M');
  expect((await request.get("/map/europe-shapes.svg?v=old")).headers()["cache-control"]).toBe("public, max-age=300");
});
