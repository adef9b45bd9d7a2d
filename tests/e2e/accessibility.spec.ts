import { expect, test } from "./support/test";
import type { Page } from "@playwright/test";
import { DEFAULT_LOCALE, LOCALES, localisedPath } from "../../lib/i18n/locales";
import { seriousViolations } from "./support/axe";
import { demoAccount } from "./support/accounts";
import { PUBLIC_PAGES } from "./support/pages";
import { completeAndSubmit, signedIn, startDraft } from "./support/proposals";

/** A phone's width (issue 12): every page is checked at the desktop size and at this one. */
const PHONE = { width: 390, height: 844 };

/** Violations at the page's own (desktop) size, then at a phone's width, then back. */
async function violationsAtBothSizes(page: Page): Promise<string[]> {
  const desktop = page.viewportSize();
  const found = await seriousViolations(page);
  await page.setViewportSize(PHONE);
  found.push(...(await seriousViolations(page)).map((v) => `at ${PHONE.width} px: ${v}`));
  if (desktop) await page.setViewportSize(desktop);
  return found;
}

for (const path of PUBLIC_PAGES) {
  test(`no serious accessibility violations on ${path}, at desktop and phone widths`, async ({ page }) => {
    // Two runs of axe; the statistics page alone has some 2,000 cells.
    test.setTimeout(90_000);
    await page.goto(path);
    expect(await violationsAtBothSizes(page)).toEqual([]);
  });
}

// Every other language on a phone, the size where long words break layouts.
for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
  test(`no serious accessibility violations on the public pages in ${locale}, at a phone's width`, async ({ browser }) => {
    test.setTimeout(180_000);
    const page = await (await browser.newContext({ viewport: PHONE })).newPage();
    const found: string[] = [];
    for (const path of PUBLIC_PAGES) {
      await page.goto(localisedPath(locale, path));
      found.push(...(await seriousViolations(page)).map((v) => `${localisedPath(locale, path)}: ${v}`));
    }
    expect(found).toEqual([]);
  });
}

test("no serious accessibility violations on the pages of members, moderators and admins", async ({ browser }) => {
  test.setTimeout(240_000);
  const member = await signedIn(browser, demoAccount("member", 1));
  const moderator = await signedIn(browser, demoAccount("moderator"));
  const admin = await signedIn(browser, demoAccount("admin"));
  const found: string[] = [];
  const check = async (page: Page, path?: string) => {
    if (path) await page.goto(path);
    found.push(...(await violationsAtBothSizes(page)));
  };

  await check(member, "/contributions");
  await check(member, "/contributions/new");
  const proposal = await startDraft(member, `Accessible robotics ${Date.now()}`);
  await check(member);
  // A submission with problems shows the error summary and messages per field.
  await member.getByLabel(/^Summary\b/).fill("Too short");
  await member.getByRole("button", { name: "Submit for review" }).click();
  await expect(member.getByRole("alert").first()).toBeVisible();
  await check(member);
  await completeAndSubmit(member, {
    summary: "Robotics clubs for girls in lower secondary schools, run with local universities.",
    description: "Weekly sessions with mentors.",
    country: "North Macedonia",
  });
  await check(member, proposal);
  await check(member, "/notifications");
  await check(member, "/account");
  await check(member, "/contributions/edit/quakesafe");
  await check(member, "/alliance/apply");
  // The application form's error summary and messages per field.
  await member.getByRole("button", { name: "Send the application" }).click();
  await expect(member.getByRole("alert").first()).toBeVisible();
  await check(member);
  await check(member, "/alliance/applications");
  await check(member, "/alliance/profile");

  await check(moderator, "/moderation");
  await check(moderator, `/moderation/${proposal.split("/").pop()}`);
  await check(moderator, "/moderation/entries/quakesafe");
  await check(moderator, "/moderation/audit");
  await check(moderator, "/moderation/needs-checking");
  await check(moderator, "/moderation/alliance");
  await check(admin, "/admin");
  await check(admin, "/admin/organisations");
  await check(admin, "/admin/organisations/quakesafe");
  expect(found).toEqual([]);
});

test("skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/search");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("facet checkboxes work from the keyboard", async ({ page }) => {
  await page.goto("/search");
  const box = page.getByRole("group", { name: "Kind" }).getByRole("checkbox").first();
  await box.focus();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/kind=/);
});

test("content in another language carries its lang attribute", async ({ page }) => {
  await page.goto("/search?q=Valnalon");
  // A result's Spanish title (the language switch's "Español" carries lang="es" too, folded away).
  await expect(page.getByRole("list", { name: "Results" }).locator('a[lang="es"]').first()).toBeVisible();
});

test("the audit log names subjects and filters by person and date, saying why a date is refused", async ({ browser }) => {
  test.setTimeout(120_000);
  const account = demoAccount("member", 1);
  const member = await signedIn(browser, account);
  const title = `Audited robotics ${Date.now()}`;
  const proposalId = (await startDraft(member, title)).split("/").pop() ?? "";
  const moderator = await signedIn(browser, demoAccount("moderator"));
  const today = new Date().toISOString().slice(0, 10);

  await moderator.goto("/moderation/audit");
  const person = await moderator.locator("#audit-actor option", { hasText: account.email }).getAttribute("value");
  expect(person).toMatch(/^[0-9a-f-]{36}$/);
  await moderator.getByLabel("Show events about").selectOption("proposal");
  await moderator.getByLabel("Done by").selectOption(person ?? "");
  await moderator.getByLabel("From").fill(today);
  await moderator.getByLabel("To").fill(today);
  await moderator.getByRole("button", { name: "Show" }).click();
  await expect(moderator).toHaveURL(/from=.*to=/);
  const row = moderator.getByRole("row").filter({ has: moderator.getByRole("link", { name: title }) });
  await expect(row).toHaveCount(1);
  await expect(row.locator(`[title="${proposalId}"]`)).toBeVisible();
  for (const cell of await moderator.getByRole("row").locator("td:nth-child(2)").allTextContents()) expect(cell).toBe(account.email);
  await expect(moderator.getByLabel("Done by")).toHaveValue(person ?? "");
  expect(await violationsAtBothSizes(moderator)).toEqual([]);
  if (process.env.E2E_SCREENSHOTS) {
    for (const width of [320, 390, 1280]) {
      await moderator.setViewportSize({ width, height: 900 });
      await moderator.screenshot({ path: `.data/screens/audit-${width}.png`, fullPage: true });
    }
  }

  // Yesterday's events only: the new proposal is not among them.
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await moderator.goto(`/moderation/audit?actor=${person}&from=${yesterday}&to=${yesterday}`);
  await expect(moderator.getByRole("link", { name: title })).toHaveCount(0);

  // Bad dates are said, with a 200 and the value kept, never a 500.
  const bad = await moderator.goto("/moderation/audit?from=2026-02-30&subject=proposal");
  expect(bad?.status()).toBe(200);
  await expect(moderator.getByRole("alert", { name: "These dates cannot be used, so no events are shown." })).toContainText("From: Enter a date like 2026-03-31.");
  await expect(moderator.getByLabel("Show events about")).toHaveValue("proposal");
  const reversed = await moderator.goto("/moderation/audit?from=2026-05-02&to=2026-05-01");
  expect(reversed?.status()).toBe(200);
  await expect(moderator.getByRole("alert", { name: "These dates cannot be used, so no events are shown." })).toContainText("To: The end date must be on or after the start date.");
  if (process.env.E2E_SCREENSHOTS) {
    await moderator.setViewportSize({ width: 390, height: 900 });
    await moderator.screenshot({ path: ".data/screens/audit-bad-dates-390.png", fullPage: true });
  }
  expect(await violationsAtBothSizes(moderator)).toEqual([]);
});
