import { expect, test } from "./support/test";
import { seriousViolations } from "./support/axe";
import { shot } from "./support/screenshots";

// A page that finds nothing answers 404 with the not-found page as HTML, in
// the address's language: Next.js's own answer to notFound() is an empty
// document that only its script fills in (no title, no language, blank
// without JavaScript). scripts/support/web-server.mjs sends
// app/[lang]/page-not-found in its place, rendered at the reader's address.

const CASES = [
  { path: "/no-such-page", lang: "en", title: "Page not found · STEM Clearinghouse", heading: "Page not found" },
  { path: "/de/no-such-page/deeper?x=1", lang: "de", title: "Seite nicht gefunden · STEM Clearinghouse", heading: "Seite nicht gefunden" },
  // An unknown prefix is part of an English address.
  { path: "/xx/no-such-page", lang: "en", title: "Page not found · STEM Clearinghouse", heading: "Page not found" },
  // A page with a not-found page of its own keeps it.
  { path: "/entries/never-was-an-entry", lang: "en", title: "Entry not found · STEM Clearinghouse", heading: "We could not find that entry" },
  { path: "/fr/entries/never-was-an-entry", lang: "fr", title: "Fiche introuvable · STEM Clearinghouse", heading: "Nous n’avons pas trouvé cette fiche" },
  // Staff pages answer 404 to the public, as if they did not exist.
  { path: "/moderation", lang: "en", title: "Page not found · STEM Clearinghouse", heading: "Page not found" },
  // The not-found page's own address is not a page either.
  { path: "/page-not-found", lang: "en", title: "Page not found · STEM Clearinghouse", heading: "Page not found" },
];

for (const { path, lang, title, heading } of CASES) {
  test(`${path} answers 404 with the not-found page as HTML, without JavaScript`, async ({ browser, request }) => {
    const sent = await request.get(path);
    expect(sent.status()).toBe(404);
    const html = await sent.text();
    expect(html).not.toContain("__next_error__");
    expect(html).toContain(`<html lang="${lang}"`);
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toMatch(/<meta name="robots" content="noindex/);
    // It is rendered at the reader's address: its language links lead to that address in other languages.
    const french = `/fr${path.replace(/^\/(de|fr)(?=\/)/, "")}`;
    expect(html).toContain(`<a href="${french}" hrefLang="fr"`);
    expect((await request.head(path)).status()).toBe(404);

    const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    try {
      const response = await reader.goto(path);
      expect(response?.status()).toBe(404);
      await expect(reader.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(reader.getByRole("banner")).toBeVisible();
      await expect(reader.getByRole("contentinfo")).toBeVisible();
    } finally {
      await reader.context().close();
    }
  });
}

test("the not-found page as sent passes axe", async ({ page }) => {
  // The site's scripts do not load, so axe sees the page as sent (axe itself needs JavaScript).
  await page.route("**/_next/static/**/*.js", (route) => route.abort());
  for (const path of ["/de/no-such-page", "/entries/never-was-an-entry"]) {
    expect((await page.goto(path))?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  }
});

test("with JavaScript the not-found page keeps its address, works, and sends nothing a reader forged", async ({ page, request }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const response = await page.goto("/de/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
  await page.waitForLoadState("networkidle");
  await expect(page).toHaveURL(/\/de\/no-such-page$/);
  expect(errors).toEqual([]);
  await shot(page, "not-found");
  await page.setViewportSize({ width: 320, height: 720 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // Its search box searches the catalogue in the page's language.
  await page.getByRole("searchbox").fill("robotics");
  await page.getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(/\/de\/search\?q=robotics/);

  // The header the web server marks its own requests with means nothing from a reader.
  const forged = await request.get("/page-not-found", { headers: { "x-clearinghouse-own-request": "1" } });
  expect(forged.status()).toBe(404);
  // The API keeps its own answer.
  const api = await request.get("/api/v1/entries/never-was-an-entry");
  expect(api.status()).toBe(404);
  expect(api.headers()["content-type"]).toMatch(/^application\/json/);
});
