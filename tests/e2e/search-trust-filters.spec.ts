import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { demoAccount } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { shot } from "./support/screenshots";
import { signedIn } from "./support/proposals";

// Issue 16: search by evidence level and by freshness (ADR 013). A moderator
// assesses an entry and the evidence facet finds it at once, with a label on
// its result card and its level in the JSON API; an entry not verified for
// two and a half years is found by the freshness facet. Each test puts its
// change back at the end, so other specs find the catalogue as seeded. They
// are two tests, not one, so that neither carries the other's sign-in and axe
// runs towards its time limit on a busy machine.

const SLUG = "valnalon";
const TITLE = /Valnalón/;
const JUSTIFICATION = "Valnalón's 2022 programme report evaluates its school enterprise scheme with participation data.";

/** Two years cannot pass in a test, so the entry is aged in the e2e database itself, as the app's own role. */
async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const password = fs.readFileSync(path.resolve(".data/e2e/postgres-app-password"), "utf8").trim();
  const client = new pg.Client({ host: "127.0.0.1", port: Number(process.env.E2E_PG_PORT ?? 54359), user: "clearinghouse_app", password, database: "clearinghouse" });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function fitsPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function saveAssessment(moderator: Page, level: string, justification: string): Promise<void> {
  await moderator.goto(`/moderation/entries/${SLUG}`);
  const form = moderator.getByRole("region", { name: "Evidence level" });
  await form.getByLabel("Level").selectOption(level);
  await form.getByLabel("Justification").fill(justification);
  await form.getByRole("button", { name: "Save the assessment" }).click();
  await expect(moderator.getByRole("status")).toContainText("The assessment is saved.");
}

test("a moderator assesses an entry and the evidence facet finds it at once, on its card and in the JSON API", async ({ browser, page }) => {
  // A sign-in and an axe run: more than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  const moderator = await signedIn(browser, demoAccount("moderator"));
  try {
    // Before: the entry is among those not yet assessed.
    await page.goto("/search?evidence=not-assessed&country=ES");
    const results = page.getByRole("list", { name: "Results" });
    await expect(results.getByRole("link", { name: TITLE })).toBeVisible();

    await saveAssessment(moderator, "evaluated", JUSTIFICATION);

    // The visitor ticks the level in the facet: the entry is found, labelled on its card.
    await page.goto("/search?country=ES");
    const evidence = page.getByRole("group", { name: "Evidence level" });
    await evidence.getByRole("checkbox", { name: /^Evaluated/ }).check();
    await expect(page).toHaveURL(/evidence=evaluated/);
    await expect(page.getByRole("heading", { name: "1 entry" })).toBeVisible();
    const card = results.getByRole("listitem").filter({ has: page.getByRole("link", { name: TITLE }) });
    await expect(card).toContainText("Evidence level: Evaluated");
    await expect(page.getByRole("link", { name: "Remove filter Evidence level: Evaluated" })).toBeVisible();
    // Not yet assessed stays on offer, for finding the gaps.
    await expect(evidence.getByRole("checkbox", { name: /^Not yet assessed/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await fitsPhone(page);

    // The JSON API gives the same hit with its assessment.
    const api = await page.request.get("/api/v1/search?evidence=evaluated&country=ES");
    const body = (await api.json()) as { total: number; hits: { slug: string; evidenceLevel: { level: string; justification: string } | null }[] };
    expect(body.total).toBe(1);
    expect(body.hits[0]).toMatchObject({ slug: SLUG, evidenceLevel: { level: "evaluated", justification: JUSTIFICATION } });
  } finally {
    await moderator.goto(`/moderation/entries/${SLUG}`);
    // Withdrawing is offered only once there is an assessment to withdraw (a failure above may have left none).
    if ((await moderator.getByRole("region", { name: "Evidence level" }).locator('option[value="none"]').count()) > 0) {
      await saveAssessment(moderator, "none", "Withdrawn at the end of the search trust filters test.");
    }
  }
  await page.goto("/search?evidence=evaluated&country=ES");
  await expect(page.getByRole("heading", { name: "0 entries" })).toBeVisible();
});

test("the freshness facet finds an entry not verified for 24 months, alone, with the evidence facet, on a phone and in German", async ({ page }) => {
  // Two axe runs and two languages: more than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  const [seeded] = await sql<{ last_verified_at: Date | null }>("SELECT last_verified_at FROM entries WHERE slug = $1", [SLUG]);
  try {
    // Aged two and a half years, the entry needs checking, and the facet finds it.
    await sql("UPDATE entries SET last_verified_at = now() - interval '30 months' WHERE slug = $1", [SLUG]);
    await page.goto("/search");
    const results = page.getByRole("list", { name: "Results" });
    const freshness = page.getByRole("group", { name: "Last verified" });
    await freshness.getByRole("checkbox", { name: /^Not verified for 24 months or more/ }).check();
    await expect(page).toHaveURL(/freshness=stale/);
    await expect(page.getByRole("heading", { name: "1 entry" })).toBeVisible();
    await expect(results.getByRole("link", { name: TITLE })).toBeVisible();
    // Both facets together, as a moderator looking for gaps would use them.
    await page.getByRole("group", { name: "Evidence level" }).getByRole("checkbox", { name: /^Not yet assessed/ }).check();
    await expect(page).toHaveURL(/evidence=not-assessed/);
    await expect(page.getByRole("heading", { name: "1 entry" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await fitsPhone(page);
    await page.goto("/search?freshness=stale&evidence=not-assessed&country=ES");
    await shot(page, "search-trust-filters");

    // On a phone the facets open as a sheet over the results; the two new ones are in it and can be unticked there.
    await page.setViewportSize({ width: 320, height: 800 });
    await page.getByRole("button", { name: "Filters (3)" }).click();
    const drawer = page.getByRole("dialog", { name: "Filter results" });
    await drawer.getByRole("group", { name: "Last verified" }).scrollIntoViewIfNeeded();
    if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: ".data/screens/search-trust-filters-drawer-320.png" });
    await drawer.getByRole("group", { name: "Evidence level" }).getByRole("checkbox", { name: /^Not yet assessed/ }).uncheck();
    await expect(page).not.toHaveURL(/not-assessed/);
    await expect(page.getByRole("button", { name: "Filters (2)" })).toBeAttached();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 800 });

    // In another language, the facets and their values.
    await page.goto("/de/search?freshness=stale");
    await expect(page.getByRole("group", { name: "Zuletzt geprüft" }).getByRole("checkbox", { name: /^Seit 24 Monaten oder länger nicht geprüft/ })).toBeChecked();
    await expect(page.getByRole("group", { name: "Evidenzstufe" }).getByRole("checkbox", { name: /^Noch nicht bewertet/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await fitsPhone(page);
  } finally {
    await sql("UPDATE entries SET last_verified_at = $2 WHERE slug = $1", [SLUG, seeded?.last_verified_at ?? null]);
  }
});
