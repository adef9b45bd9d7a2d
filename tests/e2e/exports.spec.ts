import fs from "node:fs/promises";
import { expect, test } from "@playwright/test";
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
  expect(download.suggestedFilename()).toMatch(/^stem-clearinghouse-\d{4}-\d\d-\d\d\.csv$/);
  const text = await fs.readFile(await download.path(), "utf8");
  expect(text.startsWith('"slug","url","kind","title"')).toBe(true);
  const [, ...rows] = parseCsv(text);
  expect(rows).toHaveLength(count);
});

test("the export answers headers fit for a download", async ({ request }) => {
  const response = await request.get("/api/v1/export?format=json&kind=project-team");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="stem-clearinghouse-\d{4}-\d\d-\d\d\.json"$/);
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  expect((await response.json()).length).toBeGreaterThan(0);
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
