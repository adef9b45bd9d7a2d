import { expect, test, type Page } from "@playwright/test";
import { seriousViolations } from "./support/axe";
import { demoAccount } from "./support/accounts";
import { completeAndSubmit, signedIn, startDraft } from "./support/proposals";

const PAGES = [
  "/",
  "/search",
  "/search?q=girls&country=RO",
  "/search?q=zzqqxxv&kind=programme",
  "/entries/quakesafe",
  "/countries",
  "/countries/ro",
  "/themes",
  "/themes/gender-equality",
  "/levels",
  "/levels/primary",
  "/about",
  "/no-such-page",
  "/auth/sign-in",
  "/auth/sign-up",
  "/auth/forgot-password",
];


for (const path of PAGES) {
  test(`no serious accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("no serious accessibility violations on the pages of members, moderators and admins", async ({ browser }) => {
  test.setTimeout(120_000);
  const member = await signedIn(browser, demoAccount("member", 1));
  const moderator = await signedIn(browser, demoAccount("moderator"));
  const admin = await signedIn(browser, demoAccount("admin"));
  const found: string[] = [];
  const check = async (page: Page, path?: string) => {
    if (path) await page.goto(path);
    found.push(...(await seriousViolations(page)));
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
