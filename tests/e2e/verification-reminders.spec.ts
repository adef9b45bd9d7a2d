import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { demoAccount, signIn } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { e2eSql, lastVerifiedAt } from "./support/database";
import { linkTo, mailTo } from "./support/mail";
import { shot } from "./support/screenshots";
import { formatDate } from "../../lib/format/dates";

// The yearly reminder (issue 16, ADR 016): an entry reaches 12 months since it
// was verified, the server's own jobs runner mails the members of its
// organisation, and a member opens the mail's link, confirms in one click and
// sees the entry verified today. The link works once; a used or unknown one
// answers 410 or 400 with a page that says why. Every page passes axe and fits 320 px.

async function fitsPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test("a member gets the reminder, opens its link, confirms in one click, and the entry shows verified today", async ({ page, request }) => {
  test.setTimeout(90_000);
  const member = demoAccount("member", 0);
  const slug = member.organisation;
  if (!slug) throw new Error("the first demo member has no organisation");

  // A year cannot pass in a test: the entry is aged, and the daily job asked to run now, in the database.
  // A day of its own for each run, so that the mail found is this run's.
  const verifiedOn = new Date(Date.UTC(new Date().getUTCFullYear() - 1, new Date().getUTCMonth() - 1, 1 + (Date.now() % 27), 9));
  await e2eSql("UPDATE entries SET last_verified_at = $2 WHERE slug = $1", [slug, verifiedOn.toISOString()]);
  await e2eSql("UPDATE jobs SET due_at = now() WHERE name = 'verification.reminders'");

  // The server's runner polls every few seconds (JOBS_POLL_SECONDS).
  const mail = await mailTo(member.email, new RegExp(`confirmed as accurate on ${formatDate(verifiedOn, "en")}`));
  expect(mail.subject).toMatch(/^Is “.+” still accurate\?$/);
  expect(mail.text).toContain(`/contributions/edit/${slug}`);
  const link = linkTo(mail, "/still-accurate/");

  // Opening the link (as a mail scanner would) confirms nothing.
  expect((await request.get(link)).status()).toBe(200);
  await page.goto(`/entries/${slug}`);
  await expect(page.getByText(`Last verified ${formatDate(verifiedOn, "en")}`)).toBeVisible();

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Is this entry still accurate?");
  await expect(page.getByText(formatDate(verifiedOn, "en"))).toBeVisible();
  await expect(page.locator('meta[name="robots"][content*="noindex"]').first()).toBeAttached();
  expect(await seriousViolations(page)).toEqual([]);
  await fitsPhone(page);
  await shot(page, "still-accurate");

  await page.getByRole("button", { name: "Yes, it is still accurate" }).click();
  await expect(page.getByRole("status")).toContainText("is confirmed as still accurate on");
  const today = formatDate(await lastVerifiedAt(slug), "en");
  await expect(page.getByRole("status")).toContainText(`is confirmed as still accurate on ${today}. The next reminder comes in 12 months.`);
  await expect(page.getByRole("button", { name: "Yes, it is still accurate" })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, "still-accurate-done");
  await page.getByRole("link", { name: "See the entry" }).click();
  await expect(page).toHaveURL(new RegExp(`/entries/${slug}$`));
  await expect(page.getByText(`Last verified ${today}`)).toBeVisible();

  // Used: 410, with the way to confirm from the entry page instead.
  const used = await page.goto(link);
  expect(used?.status()).toBe(410);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link has been used already");
  await expect(page.getByText(`It confirmed the entry as still accurate on ${today}.`)).toBeVisible();
  await expect(page.getByRole("link", { name: "sign in and open the entry" })).toHaveAttribute("href", `/auth/sign-in?callbackUrl=%2Fentries%2F${slug}`);
  expect(await seriousViolations(page)).toEqual([]);
  await fitsPhone(page);
  await shot(page, "still-accurate-used");

  // The editor link asks for sign-in, as always.
  await page.goto(linkTo(mail, "/contributions/edit/"));
  await expect(page).toHaveURL(/\/auth\/sign-in\?callbackUrl=/);
});

test("an unknown link answers 400 with a page that says so, in the reader's language", async ({ page }) => {
  test.setTimeout(60_000);
  const unknown = await page.goto(`/still-accurate/${"A".repeat(43)}`);
  expect(unknown?.status()).toBe(400);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link does not work");
  await expect(page.getByRole("link", { name: "sign in to see them" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await fitsPhone(page);
  await shot(page, "still-accurate-unknown");

  const german = await page.goto("/de/still-accurate/not-a-token");
  expect(german?.status()).toBe(400);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dieser Link funktioniert nicht");
  expect(await seriousViolations(page)).toEqual([]);
  await fitsPhone(page);
});

test("moderators see which entries have no one to remind", async ({ page }) => {
  test.setTimeout(90_000);
  // An entry of the seed catalogue whose organisation has no members, due for its yearly check.
  const [row] = await e2eSql(
    `SELECT e.slug FROM entries e JOIN organisations o ON o.id = e.organisation_id
     WHERE e.archived_at IS NULL AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = o.id)
     ORDER BY e.slug LIMIT 1`,
  );
  const slug = String(row?.slug);
  await e2eSql("UPDATE entries SET last_verified_at = now() - interval '13 months' WHERE slug = $1", [slug]);
  try {
    await signIn(page, demoAccount("moderator"));
    await page.goto("/moderation/needs-checking");
    await expect(page.getByText(/are listed too when there is no one to remind/)).toBeVisible();
    const row = page.getByRole("row").filter({ has: page.locator(`a[href$="/entries/${slug}"]`) });
    await expect(row.getByText("No one to remind")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await fitsPhone(page);
    await shot(page, "needs-checking-no-one");
  } finally {
    await e2eSql("UPDATE entries SET last_verified_at = now() WHERE slug = $1", [slug]);
  }
});
