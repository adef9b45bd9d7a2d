import { randomUUID } from "node:crypto";
import { expect, test } from "./support/test";
import type { Page } from "@playwright/test";
import { demoAccount, signIn } from "./support/accounts";

// Forms keep every value when the server refuses them (issue 10, item 17):
// React resets a form after its action, and a <select> went back to its
// first value; the import's plain form lost all its choices on a redirect.

const QUAKESAFE = "Advancing Innovative STEM Education and Research in Earthquake Engineering toward Sustainable Environment: QUAKESAFE";

async function shot(page: Page, name: string) {
  if (!process.env.E2E_SCREENSHOTS) return;
  for (const width of [320, 390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `.data/screens/${name}-${width}.png`, fullPage: true });
  }
}

test("the organisation form suggests the short name from the name", async ({ page }) => {
  await signIn(page, demoAccount("admin"));
  await page.goto("/admin/organisations");
  const slug = page.getByLabel("Short name for addresses");
  await page.getByLabel("Name", { exact: true }).fill("Ştiinţă pentru toţi: Cluj");
  await expect(slug).toHaveValue("stiinta-pentru-toti-cluj");
  await slug.fill("my-own");
  await page.getByLabel("Name", { exact: true }).fill("Something else");
  await expect(slug).toHaveValue("my-own");
});

test("the organisation form keeps the country when the short name is refused", async ({ page }) => {
  const tag = randomUUID().slice(0, 6);
  await signIn(page, demoAccount("admin"));
  await page.goto("/admin/organisations");
  const name = page.getByLabel("Name", { exact: true });
  const slug = page.getByLabel("Short name for addresses");
  await name.fill(`Science Centre Ohrid ${tag}`);
  await slug.fill(`Bad Name ${tag}!`);
  await page.getByLabel("Country").selectOption("MK");
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByText("Use lower-case letters, digits and single hyphens.")).toBeVisible();
  await expect(page.getByLabel("Country")).toHaveValue("MK");
  await expect(name).toHaveValue(`Science Centre Ohrid ${tag}`);
  await expect(slug).toHaveValue(`Bad Name ${tag}!`);
  await shot(page, "organisation-form-error");

  await slug.fill(`science-centre-ohrid-${tag}`);
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByText(`Science Centre Ohrid ${tag} is created.`)).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: `Science Centre Ohrid ${tag}` });
  await expect(row.getByRole("cell").nth(1)).toHaveText("MK");
});

test("a new entry keeps its kind when its title is refused", async ({ page }) => {
  await signIn(page, demoAccount("member", 0));
  await page.goto("/contributions/new");
  await page.getByLabel("Kind of entry").selectOption("publication");
  await page.getByLabel(/^Title\b/).fill("R");
  await page.getByRole("button", { name: "Start the draft" }).click();
  await expect(page.getByText("Write at least 2 characters.").first()).toBeVisible();
  await expect(page.getByLabel("Kind of entry")).toHaveValue("publication");
  await expect(page.getByLabel(/^Title\b/)).toHaveValue("R");
});

test("a refused import keeps its choices, and a javascript: source address is refused", async ({ page }) => {
  await signIn(page, demoAccount("moderator"));
  await page.goto("/moderation/imports");
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "e.csv", mimeType: "text/csv", buffer: Buffer.from("kind,title,summary\n") });
  await page.getByRole("radio", { name: "Published directly" }).check();
  await page.getByLabel("Organisation the entries belong to").selectOption({ label: QUAKESAFE });
  await page.getByLabel("Title of the source").fill("Our list");
  await page.getByLabel("Address of the source").fill("javascript:alert(1)");
  await page.getByRole("checkbox", { name: /Leave out rows/ }).uncheck();
  await page.getByRole("button", { name: "Check the file" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "The file was not checked" })).toContainText("The source’s address must be a web address starting with https://");
  await expect(page.getByRole("radio", { name: "Published directly" })).toBeChecked();
  await expect(page.getByLabel("Organisation the entries belong to")).not.toHaveValue("");
  await expect(page.getByLabel("Organisation the entries belong to").locator("option:checked")).toHaveText(QUAKESAFE);
  await expect(page.getByLabel("Title of the source")).toHaveValue("Our list");
  await expect(page.getByLabel("Address of the source")).toHaveValue("javascript:alert(1)");
  await expect(page.getByRole("checkbox", { name: /Leave out rows/ })).not.toBeChecked();
  await shot(page, "import-form-error");
});

test("a NUL byte in the user search of /admin is a clear answer, not a 500", async ({ page }) => {
  await signIn(page, demoAccount("admin"));
  const response = await page.goto("/admin?q=a%00b");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
});
