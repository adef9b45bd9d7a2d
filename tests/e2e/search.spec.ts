import { expect, test } from "@playwright/test";

test("a visitor searches, filters, opens an entry and goes back", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("STEM education");
  await page.getByRole("searchbox", { name: "Search the catalogue" }).fill("earthqake");
  await page.getByRole("button", { name: "Search" }).click();

  await expect(page).toHaveURL(/\/search\?q=earthqake/);
  const results = page.getByRole("list", { name: "Results" });
  await expect(results.getByRole("link", { name: /QUAKESAFE/ })).toBeVisible();
  await expect(page.getByText(/Including close matches/)).toBeVisible();

  // Filtering is instant with JavaScript: ticking a box updates the URL and results.
  await page.getByRole("group", { name: "Kind" }).getByRole("checkbox", { name: /Project team/ }).check();
  await expect(page).toHaveURL(/kind=project-team/);
  await expect(page.getByRole("link", { name: /Remove filter Kind: Project team/ })).toBeVisible();

  await results.getByRole("link", { name: /QUAKESAFE/ }).click();
  await expect(page).toHaveURL(/\/entries\/quakesafe$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("QUAKESAFE");
  await expect(page.getByRole("complementary", { name: "Key facts" })).toContainText("North Macedonia");

  await page.goBack();
  await expect(page).toHaveURL(/kind=project-team/);
  await expect(page.getByRole("group", { name: "Kind" }).getByRole("checkbox", { name: /Project team/ })).toBeChecked();
});

test("removable chips and clear all", async ({ page }) => {
  await page.goto("/search?country=RO&country=BE&level=upper-secondary");
  await expect(page.getByRole("link", { name: /Remove filter/ })).toHaveCount(3);
  await page.getByRole("link", { name: "Remove filter Country: Belgium" }).click();
  await expect(page).not.toHaveURL(/country=BE/);
  await expect(page.getByRole("link", { name: /Remove filter/ })).toHaveCount(2);
  await page.getByRole("link", { name: "Clear all filters" }).click();
  await expect(page.getByRole("link", { name: /Remove filter/ })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /entries/, level: 2 }).first()).toContainText(/\d+ entries/);
});

test("typing searches as you type, and empty results offer a way out", async ({ page }) => {
  await page.goto("/search?theme=earthquake-engineering");
  await page.getByRole("searchbox", { name: "Search the catalogue" }).pressSequentially("zzqqxxv");
  await expect(page).toHaveURL(/q=zzqqxxv/);
  await expect(page.getByRole("heading", { name: "No entries found" })).toBeVisible();
  await page.getByRole("link", { name: /Without theme/ }).click();
  await expect(page).not.toHaveURL(/theme=/);
});

test("accents and synonyms: Valnalon finds Valnalón, MINT finds STEM", async ({ page }) => {
  await page.goto("/search?q=Valnalon");
  await expect(page.getByRole("list", { name: "Results" }).getByRole("link", { name: /Valnalón/ }).first()).toBeVisible();
  await page.goto("/search?q=mint");
  await expect(page.locator("mark", { hasText: /^STEM$/i }).first()).toBeVisible();
});

test("a country page lists its entries and links into search", async ({ page }) => {
  await page.goto("/countries");
  await page.getByRole("link", { name: /Romania/ }).first().click();
  await expect(page).toHaveURL(/\/countries\/ro$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("STEM education in Romania");
  await expect(page.getByRole("list", { name: "Results" }).getByRole("listitem").first()).toBeVisible();
  await page.getByRole("link", { name: "Refine these entries in search" }).click();
  await expect(page).toHaveURL(/\/search\?country=RO/);
});

test("long facets show their top values and expand on request", async ({ page }) => {
  await page.goto("/search");
  const countries = page.getByRole("group", { name: "Country" });
  const before = await countries.getByRole("checkbox").count();
  expect(before).toBe(8);
  await countries.getByRole("link", { name: /Show all \d+ country values/ }).click();
  await expect(page).toHaveURL(/expand=country/);
  await expect.poll(() => countries.getByRole("checkbox").count()).toBeGreaterThan(before);
  // Expanded facets stay expanded while filtering.
  await countries.getByRole("checkbox", { name: /Romania/ }).check();
  await expect(page).toHaveURL(/country=RO.*expand=country|expand=country.*country=RO/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search form and filters still work", async ({ page }) => {
    await page.goto("/search");
    await page.getByRole("searchbox", { name: "Search the catalogue" }).fill("gender");
    await page.getByRole("group", { name: "Kind" }).getByRole("checkbox", { name: /Project team/ }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/q=gender/);
    await expect(page).toHaveURL(/kind=project-team/);
    await expect(page.getByRole("list", { name: "Results" }).getByRole("link").first()).toBeVisible();
  });
});
