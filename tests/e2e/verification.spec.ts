import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { demoAccount, signIn } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { e2eSql, lastVerifiedAt } from "./support/database";
import { formatDate } from "../../lib/format/dates";

// "Last verified" (issue 16): a member of the owning organisation confirms an
// entry in one click and sees the new date; the public notice on an entry
// not verified for 24 months, and the moderators' "Needs checking" list, pass
// axe and fit a 320 px screen.

// Two years cannot pass in a test, so an entry is aged in the e2e database itself.
const ageEntry = (slug: string, at: string | null) => e2eSql("UPDATE entries SET last_verified_at = $2 WHERE slug = $1", [slug, at]);

async function fitsPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 800 });
}

const member = () => demoAccount("member", 0);
const ownEntry = () => {
  const slug = member().organisation;
  if (!slug) throw new Error("the first demo member has no organisation");
  return slug;
};

test("a member of the owning organisation confirms an entry is still accurate and sees the new date", async ({ page, browser }) => {
  const slug = ownEntry();
  await ageEntry(slug, "2024-01-15T09:00:00Z");

  // Anyone reads the notice; nobody signed out gets the button.
  await page.goto(`/entries/${slug}`);
  await expect(page.getByRole("heading", { name: "Not verified since 15 January 2024" })).toBeVisible();
  await expect(page.getByText("Last verified 15 January 2024")).toBeVisible();
  await expect(page.getByRole("button", { name: "Still accurate" })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await fitsPhone(page);

  // A member of another organisation gets no button either.
  const other = await browser.newPage();
  await signIn(other, demoAccount("member", 1));
  await other.goto(`/entries/${slug}`);
  await expect(other.getByRole("heading", { name: "Not verified since 15 January 2024" })).toBeVisible();
  await expect(other.getByRole("button", { name: "Still accurate" })).toHaveCount(0);

  await signIn(page, member());
  await page.goto(`/entries/${slug}`);
  const updated = await page.getByText(/^Last updated /).textContent();
  await page.getByRole("button", { name: "Still accurate" }).click();
  // (The share button keeps an empty status of its own.)
  const status = page.getByRole("status").filter({ hasText: "Confirmed" });
  await expect(status).toContainText("Confirmed as still accurate on");
  const verified = await lastVerifiedAt(slug);
  expect(Date.now() - verified.getTime()).toBeLessThan(5 * 60_000);
  await expect(status).toHaveText(`Thank you. Confirmed as still accurate on ${formatDate(verified, "en")}.`);
  await expect(page.getByText(`Last verified ${formatDate(verified, "en")}`)).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Not verified since/ })).toHaveCount(0);
  // Confirming is not a change of content.
  await expect(page.getByText(/^Last updated /)).toHaveText(updated ?? "");
  expect(await seriousViolations(page)).toEqual([]);

  // The date in the reader's language.
  await page.goto(`/de/entries/${slug}`);
  await expect(page.getByText(`Zuletzt geprüft am ${formatDate(verified, "de")}`)).toBeVisible();
});

test("members confirm from their contributions page too", async ({ page }) => {
  const slug = ownEntry();
  await ageEntry(slug, null);
  await signIn(page, member());
  await page.goto("/contributions");
  const section = page.getByRole("region", { name: "Your organisations’ entries" });
  const row = section.getByRole("row").filter({ has: page.locator(`a[href$="/entries/${slug}"]`) });
  await expect(row.getByRole("cell", { name: "Never" })).toBeVisible();
  await row.getByRole("button", { name: /^Still accurate/ }).click();
  await expect(row.getByRole("status")).toContainText("Confirmed as still accurate");
  await expect(row.getByRole("cell", { name: formatDate(await lastVerifiedAt(slug), "en"), exact: true })).toBeVisible();
});

test("moderators find entries that need checking, oldest first, each linked to its page", async ({ page }) => {
  // Everything verified within 12 months (from then, an entry whose reminder reaches no one is listed too): nothing to check.
  await e2eSql("UPDATE entries SET last_verified_at = now() WHERE last_verified_at IS NULL OR last_verified_at <= now() - interval '12 months'");
  await signIn(page, demoAccount("moderator"));
  await page.goto("/moderation");
  await page.getByRole("link", { name: "Needs checking" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Needs checking" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nothing needs checking" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await ageEntry("quakesafe", "2023-05-02T10:00:00Z");
  await ageEntry("techbridge", "2024-03-01T10:00:00Z");
  await page.reload();
  const table = page.getByRole("table");
  await expect(table.getByRole("rowheader")).toHaveText([/QUAKESAFE|Earthquake/i, /TechBridge/]);
  await expect(table.getByRole("row").nth(1)).toContainText("2 May 2023");
  expect(await seriousViolations(page)).toEqual([]);
  await fitsPhone(page);

  await table.getByRole("rowheader").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/entries\/quakesafe$/);
  await expect(page.getByRole("heading", { name: "Not verified since 2 May 2023" })).toBeVisible();
  // Moderators may confirm too.
  await page.getByRole("button", { name: "Still accurate" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Confirmed" })).toContainText("Confirmed as still accurate");
  await expect(page.getByRole("heading", { name: /^Not verified since/ })).toHaveCount(0);
  await ageEntry("techbridge", new Date().toISOString());
});
