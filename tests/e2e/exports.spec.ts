import fs from "node:fs/promises";
import { expect, test } from "./support/test";
import { parseCsv } from "../support/csv";

test("the search page's CSV link downloads every result of the search", async ({ page }) => {
  await page.goto("/search?country=RO");
  const heading = page.locator("#results-heading");
  const count = Number((await heading.textContent())?.match(/([\d,]+) entr/)?.[1]?.replaceAll(",", ""));
  expect(count).toBeGreaterThan(0);

  const csvLink = page.getByRole("link", { name: "Download these results as CSV" });
  await expect(csvLink).toHaveAttribute("href", /^\/api\/v1\/export\?country=RO&format=csv$/);
  await expect(page.getByRole("link", { name: "Download these results as JSON" })).toHaveAttribute("href", /format=json/);

  const [download] = await Promise.all([page.waitForEvent("download"), csvLink.click()]);
  expect(download.suggestedFilename()).toMatch(/^stem-clearinghouse-ro-\d{4}-\d\d-\d\d\.csv$/);
  const bytes = await fs.readFile(await download.path());
  // A UTF-8 byte-order mark, so Excel on Windows reads the names right.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8");
  expect(text.startsWith('\uFEFF"slug","url","kind","kind_code","title"')).toBe(true);
  const [header = [], ...rows] = parseCsv(text);
  expect(rows).toHaveLength(count);
  // Names beside codes.
  const countries = header.indexOf("countries");
  const codes = header.indexOf("country_codes");
  expect(rows.every((r) => r[codes]?.split("; ").includes("RO") && r[countries]?.split("; ").includes("Romania"))).toBe(true);
});

test("a country page links its statistics, its exports, its feed and the embed builder, and names its gaps", async ({ page }) => {
  await page.goto("/countries/mk");
  const overview = page.getByRole("region", { name: "What exists in North Macedonia, and where the gaps are" });
  await expect(overview.getByRole("table", { name: "By kind" })).toBeVisible();
  await expect(overview.getByRole("table", { name: "By education level" }).locator("tbody tr")).toHaveCount(8);
  await expect(overview.getByRole("table", { name: "By theme" })).toBeVisible();
  // The levels with nothing yet, in words.
  await expect(overview.getByRole("list", { name: "Gaps" })).toContainText(/No entries yet for these \d+ education levels: Early childhood, .*Vocational \(VET\)/);
  await expect(overview.getByRole("link", { name: "Statistics for North Macedonia" })).toHaveAttribute("href", "/statistics?country=MK");
  await expect(overview.getByRole("link", { name: "RSS" })).toHaveAttribute("href", /country=MK/);
  await expect(overview.getByRole("link", { name: "Embed this list" })).toHaveAttribute("href", /country=MK/);
  await expect(overview.getByRole("link", { name: "Download North Macedonia's entries as JSON" })).toHaveAttribute("href", /country=MK.*format=json/);

  const [download] = await Promise.all([page.waitForEvent("download"), overview.getByRole("link", { name: "Download North Macedonia's entries as CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^stem-clearinghouse-mk-\d{4}-\d\d-\d\d\.csv$/);
  const [header = [], ...rows] = parseCsv(await fs.readFile(await download.path(), "utf8"));
  expect(rows.length).toBeGreaterThan(0);
  const row = Object.fromEntries(header.map((name, i) => [name, rows[0]?.[i]]));
  expect(row.country_codes?.split("; ")).toContain("MK");
  expect(row.countries?.split("; ")).toContain("North Macedonia");

  await overview.getByRole("link", { name: "Statistics for North Macedonia" }).click();
  await expect(page).toHaveURL(/\/statistics\?country=MK$/);
});

test("the export answers headers fit for a download", async ({ request }) => {
  const response = await request.get("/api/v1/export?format=json&kind=project-team");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect(response.headers()["content-disposition"]).toMatch(
    /^attachment; filename="stem-clearinghouse-project-team-\d{4}-\d\d-\d\d\.json"; filename\*=UTF-8''stem-clearinghouse-project-team-\d{4}-\d\d-\d\d\.json$/,
  );
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  const items = await response.json();
  expect(items.length).toBeGreaterThan(0);
  expect(items[0]).toMatchObject({ kind: "Project team", kind_code: "project-team" });
});

test("bad exports answer 400 with the error envelope", async ({ request }) => {
  for (const qs of ["format=xml", "format=csv&limit=100001", "format=csv&limit=0", "format=json&country=XX"]) {
    const response = await request.get(`/api/v1/export?${qs}`);
    expect(response.status(), qs).toBe(400);
    const body = await response.json();
    expect(body.error.code, qs).toBe("invalid_query");
    expect(body.error.message, qs).toBeTruthy();
    expect(Array.isArray(body.error.details), qs).toBe(true);
  }
});
