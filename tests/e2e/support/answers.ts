import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { z } from "zod";

// One answer of a site, read once: each function makes exactly one request
// and reads what came back, never waiting for it to change. Pages are read in
// a context without JavaScript, so what is read is the server's HTML.

const searchAnswerSchema = z.object({ total: z.number(), hits: z.array(z.object({ slug: z.string(), title: z.string() })) });

/** The titles `GET /api/v1/search?q=` answers. */
export async function apiSearchTitles(request: APIRequestContext, base: string, q: string): Promise<string[]> {
  const response = await request.get(`${base}/api/v1/search?q=${encodeURIComponent(q)}`);
  expect(response.status(), response.url()).toBe(200);
  return searchAnswerSchema.parse(await response.json()).hits.map((hit) => hit.title);
}

/** The titles the search page lists for `q`. */
export async function searchPageTitles(page: Page, base: string, q: string): Promise<string[]> {
  await open(page, `${base}/search?q=${encodeURIComponent(q)}`, 200);
  return page.getByRole("list", { name: "Results" }).getByRole("heading").allInnerTexts();
}

/** The entry page's heading, or null when there is no public entry: 404 (never was) or 410 (archived). */
export async function entryHeading(page: Page, base: string, slug: string): Promise<string | null> {
  const status = await open(page, `${base}/entries/${slug}`);
  if (status === 404 || status === 410) return null;
  expect(status, page.url()).toBe(200);
  return page.getByRole("heading", { level: 1 }).innerText();
}

/** The figures the statistics page and the home page give for the whole catalogue. */
export type Figures = { statisticsTotal: number; homeTotal: number };

export async function figures(page: Page, base: string): Promise<Figures> {
  await open(page, `${base}/statistics`, 200);
  const statisticsTotal = await numberIn(page, /published (entry|entries) in the catalogue/);
  await open(page, `${base}/`, 200);
  const homeTotal = await numberIn(page, /programmes, national platforms/);
  return { statisticsTotal, homeTotal };
}

async function open(page: Page, url: string, expected?: number): Promise<number> {
  // The whole HTML is parsed; its stylesheets, fonts and images change nothing read here.
  const response = await page.goto(url, { waitUntil: "domcontentloaded" });
  const status = response?.status() ?? 0;
  if (expected !== undefined) expect(status, url).toBe(expected);
  return status;
}

/** The first number (English digits, "1,234") in the one paragraph that says `what`. */
async function numberIn(page: Page, what: RegExp): Promise<number> {
  const text = await page.locator("main p").filter({ hasText: what }).innerText();
  const number = /\d[\d,]*/.exec(text)?.[0];
  if (!number) throw new Error(`no number in "${text}"`);
  return Number(number.replaceAll(",", ""));
}
