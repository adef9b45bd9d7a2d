import { expect, test } from "./support/test";

// Issue 15: every page is rendered per request, so Next.js's prefetch of a link
// brings only the layouts' outline, at the price of two requests to the server
// for each link that scrolls into view (18 to 33 for one page view on a phone).
// Links do not prefetch; a click still navigates without a full page load.

const PAGES = ["/", "/search?q=robotics", "/entries/quakesafe", "/countries/ro", "/statistics", "/about"];

for (const path of PAGES) {
  test(`${path} sends no prefetch requests for its links`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const prefetches: string[] = [];
    page.on("request", (request) => {
      if (request.headers()["next-router-prefetch"]) prefetches.push(request.url());
    });
    await page.goto(path, { waitUntil: "networkidle" });
    // Scrolling brings every link into view, as reading the page would.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState("networkidle");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link").first().hover();
    await page.waitForLoadState("networkidle");
    expect(prefetches).toEqual([]);
  });
}

test("a link still navigates within the app, without loading the document again", async ({ page }) => {
  await page.goto("/about");
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
});
