import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { demoAccount, signIn, signUpAndConfirm } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { linkTo, mailTo } from "./support/mail";
import { signedIn } from "./support/proposals";
import { shot } from "./support/screenshots";

// Issue 17, the Regional STEM Alliance: a newcomer applies on behalf of an
// organisation of the catalogue, staff ask for more, the applicant answers
// from the link in the mail, staff approve; the organisation appears in the
// directory and its entry carries the member badge. Every page passes axe
// and fits 320 px.

const ORGANISATION = "Unipol Group";
const ENTRY = "unipol-group";
const QUESTION = "Which schools in Italy would take part in your activities?";
const ANSWER = "Twenty secondary schools in Bologna that already run our climate workshops.";

async function fitsPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 720 });
}

async function checked(page: Page, name: string): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  await fitsPhone(page);
  await shot(page, name);
}

test("an organisation applies, staff ask for more, it answers, staff approve, and it is a member", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await page.goto("/alliance");
  await expect(page.getByRole("heading", { level: 1, name: "The Regional STEM Alliance" })).toBeVisible();
  await expect(page.getByRole("article").filter({ hasText: ORGANISATION })).toHaveCount(0);
  await checked(page, "alliance-directory");
  // The facets are a plain form: filtering by a country without members shows the empty state.
  await page.getByLabel("Country", { exact: true }).selectOption({ label: "Iceland" });
  await page.getByRole("button", { name: "Show members" }).click();
  await expect(page).toHaveURL(/country=IS/);
  await expect(page.getByRole("heading", { name: "No members found" })).toBeVisible();
  await checked(page, "alliance-directory-empty");

  const email = `alliance-${Date.now()}@example.org`;
  const password = "a long enough password for the alliance";
  await signUpAndConfirm(page, "Giulia Rossi", email, password);
  await signIn(page, { email, password, role: "member", organisation: null });
  await page.goto("/alliance");
  await page.getByRole("link", { name: "Apply to join" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Apply to join the Alliance" })).toBeVisible();
  await page.getByRole("button", { name: "Send the application" }).click();
  await expect(page.getByText("Choose the kind of organisation from the list.").first()).toBeVisible();
  await checked(page, "alliance-apply");

  await page.getByLabel("Organisation", { exact: true }).selectOption({ label: ORGANISATION });
  await page.getByLabel("Type of organisation").selectOption({ label: "Company" });
  await page.getByLabel("Website").fill("www.unipol.it");
  await page.getByLabel("Short profile").fill("An Italian insurance group that funds climate education for schools through Together 4 STEM.");
  await page.getByLabel("Closing the gender gap in STEM").check();
  await page.getByLabel("Sharing knowledge and good practice across the region").check();
  await page.getByLabel("Why do you want to join?").fill("We want to bring our school programmes into the regional cooperation on STEM.");
  await page.getByRole("button", { name: "Send the application" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your application was sent" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Application for ${ORGANISATION}`);
  await mailTo(email, /Thank you for applying to the Regional STEM Alliance on behalf of Unipol Group/);
  await checked(page, "alliance-application");

  const staff = await signedIn(browser, demoAccount("moderator"));
  try {
    await staff.goto("/moderation/alliance");
    await checked(staff, "alliance-staff-queue");
    await staff.getByRole("link", { name: `Review the application for ${ORGANISATION}` }).click();
    await staff.getByLabel("Your question to the applicant").fill(QUESTION);
    await staff.getByRole("button", { name: "Ask the applicant" }).click();
    await expect(staff.getByRole("status").filter({ hasText: "Your question was sent to the applicant." })).toBeVisible();

    const asked = await mailTo(email, /Which schools in Italy/);
    await page.goto(linkTo(asked, "/alliance/applications/"));
    await expect(page.getByText(QUESTION)).toBeVisible();
    await page.getByLabel("Your answer to staff").fill(ANSWER);
    await checked(page, "alliance-answer");
    await page.getByRole("button", { name: "Send the answer" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your answer was sent" })).toBeVisible();

    await staff.goto("/moderation/alliance");
    await staff.getByRole("link", { name: `Review the application for ${ORGANISATION}` }).click();
    await expect(staff.getByText(ANSWER)).toBeVisible();
    await checked(staff, "alliance-staff-review");
    await staff.getByRole("button", { name: "Approve", exact: true }).click();
    await expect(staff.getByRole("status").filter({ hasText: "The application was approved." })).toBeVisible();
  } finally {
    await staff.context().close();
  }
  await mailTo(email, /Welcome to the Regional STEM Alliance/);

  await page.goto("/alliance?country=IT");
  const card = page.getByRole("article").filter({ hasText: ORGANISATION });
  await expect(card).toContainText("Alliance member");
  await expect(card).toContainText("Company");
  await expect(card.getByRole("link", { name: `Website of ${ORGANISATION}` })).toHaveAttribute("href", "https://www.unipol.it");
  await card.getByRole("link", { name: ORGANISATION, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/entries/${ENTRY}$`));
  await expect(page.getByRole("region", { name: "Alliance member" })).toContainText(`${ORGANISATION}, which owns this entry, is a member of the Regional STEM Alliance.`);
});

test("the directory downloads as CSV and JSON, and only staff see the queue", async ({ page, request }) => {
  const csv = await request.get("/api/v1/alliance?format=csv&country=MK");
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(await csv.text()).toContain('"quakesafe"');
  const json: unknown = await (await request.get("/api/v1/alliance")).json();
  expect(JSON.stringify(json)).toContain('"national-stem-platform"');
  const visitor = await page.goto("/moderation/alliance");
  expect(visitor?.status()).toBe(404);
});
