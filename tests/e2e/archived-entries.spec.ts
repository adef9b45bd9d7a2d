import { expect, test } from "./support/test";
import { demoAccount } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { shot } from "./support/screenshots";
import { signedIn } from "./support/proposals";

// Issue 16, "archived entries explained": an archived entry's address answers
// 410 Gone, in every language and in the API, saying when and why it was
// archived and linking to the entry that took its place. The entry is put back
// at the end, so the other specs find the catalogue as seeded.

const SLUG = "asturias-stem-baseline-study";
const REASON = "The baseline study is complete; the programme it measured now reports through Valnalón.";

test("an archived entry's address answers 410 with the reason and its successor, until it is restored", async ({ browser, page, request }) => {
  // Two signed-in pages, two languages, the API and a restore: on a busy machine it took 32 s.
  test.setTimeout(90_000);
  const moderator = await signedIn(browser, demoAccount("moderator"));
  try {
    await moderator.goto(`/moderation/entries/${SLUG}`);
    await moderator.getByRole("region", { name: "Archive this entry" }).getByLabel(/^Reason\b/).fill(REASON);
    // A mistake is caught before anything changes.
    await moderator.getByLabel(/^Successor/).fill(SLUG);
    await moderator.getByLabel("I understand that the entry leaves the public site and search at once.").check();
    await moderator.getByRole("button", { name: "Archive this entry" }).click();
    await expect(moderator.getByText("An entry cannot take its own place.").first()).toBeVisible();
    expect((await request.get(`/entries/${SLUG}`)).status()).toBe(200);

    // A link pasted from the site names the successor as well as its address.
    await moderator.getByLabel(/^Successor/).fill("http://127.0.0.1/de/entries/valnalon?from=search");
    await moderator.getByLabel("I understand that the entry leaves the public site and search at once.").check();
    await moderator.getByRole("button", { name: "Archive this entry" }).click();
    await expect(moderator.getByRole("status")).toContainText("The entry is archived.");
    await expect(moderator.getByRole("link", { name: /Valnal/ })).toBeVisible();

    // The public address: 410, the date, the reason, the successor.
    const response = await page.goto(`/entries/${SLUG}`);
    expect(response?.status()).toBe(410);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This entry has been archived");
    await expect(page.getByText(REASON)).toBeVisible();
    await expect(page.locator("main time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
    await expect(page.locator('meta[name="robots"][content*="noindex"]').first()).toBeAttached();
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 720 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await shot(page, "archived-entry");
    await page.getByRole("link", { name: /Valnal/ }).click();
    await expect(page).toHaveURL(/\/entries\/valnalon$/);

    // The same in another language, and in the API.
    const german = await page.goto(`/de/entries/${SLUG}`);
    expect(german?.status()).toBe(410);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dieser Eintrag wurde archiviert");
    // The archived page is rendered at the entry's address: its language links lead to the entry's address.
    await expect(page.locator('header a[hreflang="fr"]')).toHaveAttribute("href", `/fr/entries/${SLUG}`);
    const api = await request.get(`/api/v1/entries/${SLUG}`);
    expect(api.status()).toBe(410);
    expect(await api.json()).toMatchObject({ error: { code: "gone", archived: { slug: SLUG, reason: REASON, successor: { slug: "valnalon" } } } });
    // A HEAD and an address with a query answer the same, and a signed-in
    // reader keeps their session on the page (the archived page is asked for
    // with the reader's own cookies when the entry page finds no published entry).
    expect((await request.head(`/entries/${SLUG}`)).status()).toBe(410);
    const withQuery = await request.get(`/entries/${SLUG}?from=search`);
    expect(withQuery.status()).toBe(410);
    expect(withQuery.headers()["content-type"]).toContain("text/html");
    expect(await withQuery.text()).toContain("This entry has been archived");
    const seen = await moderator.goto(`/entries/${SLUG}`);
    expect(seen?.status()).toBe(410);
    await expect(moderator.getByRole("button", { name: "Sign out" })).toBeVisible();
    // An address that never held an entry still answers 404, in every language.
    expect((await request.get("/de/entries/never-was-an-entry")).status()).toBe(404);
    expect((await request.get("/entries/never-was-an-entry")).status()).toBe(404);
    expect((await request.get("/entries/valnalon/archived")).status()).toBe(404);
  } finally {
    await moderator.goto(`/moderation/entries/${SLUG}`);
    await moderator.getByLabel(/^Reason\b/).fill("Restored after the archiving test.");
    await moderator.getByRole("button", { name: "Put it back on the site" }).click();
    await expect(moderator.getByRole("status")).toContainText("The entry is back on the site");
  }
  expect((await request.get(`/entries/${SLUG}`)).status()).toBe(200);
});
