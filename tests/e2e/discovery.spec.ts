import { expect, test } from "./support/test";

// Feeds, structured data and what crawlers read.

/** Path and query of an absolute link, so that it is fetched from the server under test. */
const localPath = (href: string) => {
  const url = new URL(href, "http://localhost");
  return `${url.pathname}${url.search}`;
};

test("a country page links its RSS feed, which answers with XML", async ({ page, request }) => {
  await page.goto("/countries/ro");
  const link = page.locator('link[rel="alternate"][type="application/rss+xml"]');
  await expect(link).toHaveCount(1);
  const href = await link.getAttribute("href");
  expect(href).toContain("/feeds/rss?country=RO");
  const response = await request.get(localPath(href ?? ""));
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/rss+xml");
  const body = await response.text();
  expect(body).toMatch(/^<\?xml /);
  expect(body).toContain('<rss version="2.0"');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveCount(1);
  await expect(page.getByRole("link", { name: "RSS", exact: true })).toBeVisible();
});

test("an entry page has parseable JSON-LD and a canonical link", async ({ page }) => {
  await page.goto("/entries/quakesafe");
  const scripts = page.locator('script[type="application/ld+json"]');
  await expect(scripts).toHaveCount(1);
  const data = JSON.parse((await scripts.textContent()) ?? "") as Record<string, unknown>;
  expect(data["@context"]).toBe("https://schema.org");
  expect(data["@type"]).toBe("Project");
  // The page is about the project; the project's own url would be its website, which it has none of.
  expect(String(data.mainEntityOfPage)).toMatch(/\/entries\/quakesafe$/);
  expect(String(data["@id"])).toMatch(/\/entries\/quakesafe#entry$/);
  expect(data).not.toHaveProperty("url");
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(canonical).toMatch(/\/entries\/quakesafe$/);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
});

test("robots.txt and the sitemap answer, and the sitemap lists entries", async ({ request }) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const rules = await robots.text();
  expect(rules).toContain("Disallow: /moderation");
  expect(rules).toMatch(/Sitemap: \S+\/sitemap\.xml/);
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  expect(xml).toContain("<urlset");
  expect(xml).toMatch(/<loc>[^<]+\/entries\/quakesafe<\/loc>/);
  expect(xml).toMatch(/<loc>[^<]+\/countries\/ro<\/loc>/);
});

test("a feed with an unknown country answers 400 with the error envelope", async ({ request }) => {
  const response = await request.get("/feeds/rss?country=XX");
  expect(response.status()).toBe(400);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe("invalid_query");
});

test("every public page in the sitemap names itself as canonical", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? "");
  // Every page that is not an entry (home, search, about, index and facet pages, …) and a few entries.
  const pages = [...listed.filter((url) => !url.includes("/entries/")), ...listed.filter((url) => url.includes("/entries/")).slice(0, 3)];
  for (const path of ["/about", "/countries", "/themes", "/levels", "/api-docs"]) expect(pages.map(localPath)).toContain(path);
  for (const url of pages) {
    const html = await (await request.get(localPath(url))).text();
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    expect(canonical, `canonical link of ${url}`).toBe(url);
  }
});

test("a feed answers 304 to a reader whose copy is current", async ({ request }) => {
  const first = await request.get("/feeds/atom?country=RO");
  expect(first.status()).toBe(200);
  const etag = first.headers()["etag"] ?? "";
  const lastModified = first.headers()["last-modified"] ?? "";
  expect(etag).not.toBe("");
  expect((await request.get("/feeds/atom?country=RO", { headers: { "If-None-Match": etag } })).status()).toBe(304);
  expect((await request.get("/feeds/atom?country=RO", { headers: { "If-Modified-Since": lastModified } })).status()).toBe(304);
});
