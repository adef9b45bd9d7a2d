import { expect, test, type Page } from "@playwright/test";
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
  await member.getByLabel("Summary").fill("Too short");
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

  await check(moderator, "/moderation");
  await check(moderator, `/moderation/${proposal.split("/").pop()}`);
  await check(moderator, "/moderation/entries/quakesafe");
  await check(moderator, "/moderation/audit");
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
  await expect(page.locator('a[lang="es"]').first()).toBeVisible();
});
