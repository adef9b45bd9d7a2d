import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { expect, test } from "./support/test";
import { demoAccount, signIn } from "./support/accounts";
import { seriousViolations } from "./support/axe";

// A moderator's bulk import in the browser: a small CSV with one good row, one
// broken row and one duplicate of a catalogue entry is checked, published
// directly, followed to the end, and the new entry is found in public search.

const QUAKESAFE = "Advancing Innovative STEM Education and Research in Earthquake Engineering toward Sustainable Environment: QUAKESAFE";

/** The fixture with a fresh tag, so runs do not trip over each other's entries. */
function fixture(tag: string): Buffer {
  const text = fs.readFileSync(path.resolve("tests/e2e/fixtures/imports.csv"), "utf8");
  return Buffer.from(text.replaceAll("{{tag}}", tag), "utf8");
}

test("a moderator checks a CSV, publishes it and finds the new entry in search", async ({ page }) => {
  test.setTimeout(120_000);
  const tag = randomUUID().slice(0, 6);
  // No other test names an entry with these words: a title close to one of theirs is a
  // likely duplicate too (alerts.spec.ts's "Alerted robotics clubs" was, for some tags).
  const title = `Seaside kite-building camp ${tag}`;
  await signIn(page, demoAccount("moderator"));

  await page.goto("/moderation");
  await page.getByRole("link", { name: "Import entries" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import entries");
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "imports.csv", mimeType: "text/csv", buffer: fixture(tag) });
  await page.getByRole("radio", { name: "Published directly" }).check();
  await page.getByLabel("Organisation the entries belong to").selectOption({ label: QUAKESAFE });
  await page.getByRole("button", { name: "Check the file" }).click();

  // The report: three rows, one with errors, one likely duplicate.
  await expect(page).toHaveURL(/\/moderation\/imports\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Report of the check" })).toBeVisible();
  const count = (label: string) => page.locator("dl div").filter({ hasText: label }).locator("dd");
  await expect(count("Rows in the file")).toHaveText("3");
  await expect(count("With errors")).toHaveText("1");
  await expect(count("Likely duplicates")).toHaveText("1");
  const report = page.getByRole("table", { name: /need a look/ });
  const broken = report.getByRole("row").filter({ hasText: `Broken row ${tag}` });
  await expect(broken).toContainText("Error");
  await expect(broken).toContainText("“workshop” is not a known kind of entry.");
  await expect(broken.getByRole("cell").first()).toHaveText("3");
  const duplicate = report.getByRole("row").filter({ hasText: "Together 4 STEM" });
  await expect(duplicate).toContainText("Likely duplicate");
  await expect(duplicate.getByRole("link", { name: "Together 4 STEM", exact: true })).toHaveAttribute("href", "/entries/together-4-stem");
  expect(await seriousViolations(page)).toEqual([]);

  // Run it, leaving the duplicate out, and follow it to the end.
  await expect(page.getByRole("checkbox", { name: "Leave out the likely duplicates" })).toBeChecked();
  await page.getByRole("button", { name: "Run import" }).click();
  await expect(page.getByRole("heading", { name: "Outcome" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("status")).toContainText("1 entry was published.");
  await expect(page.getByRole("status")).toContainText("2 rows were left out.");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expect(page.getByRole("link", { name: "See the audit log" })).toBeVisible();

  // The past imports list it as done.
  await page.goto("/moderation/imports");
  await expect(page.getByRole("table", { name: /Latest imports/ }).getByRole("row").filter({ hasText: "imports.csv" }).first()).toContainText("Done");

  // Anyone can find the new entry.
  const visitor = await (await page.context().browser()?.newContext())?.newPage();
  if (!visitor) throw new Error("no browser for the visitor");
  await visitor.goto(`/search?q=${encodeURIComponent(title)}`);
  await expect(visitor.getByRole("list", { name: "Results" }).getByRole("link", { name: title })).toBeVisible();
});

test("the progress of a running import is shown as a bar and in words", async ({ page }) => {
  test.setTimeout(180_000);
  const tag = randomUUID().slice(0, 6);
  const header = "kind,title,summary,countries,source_title\n";
  const rows = Array.from({ length: 400 }, (_, i) => `resource,Worksheet ${tag} number ${i},Printable worksheets on renewable energy for primary classes.,FR,Teacher pack\n`);
  await signIn(page, demoAccount("moderator"));
  await page.goto("/moderation/imports");
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "many.csv", mimeType: "text/csv", buffer: Buffer.from(header + rows.join(""), "utf8") });
  await page.getByLabel("Organisation the entries belong to").selectOption({ label: QUAKESAFE });
  await page.getByRole("button", { name: "Check the file" }).click();
  await page.getByRole("button", { name: "Run import" }).click();
  // Either the bar is still moving, or the run was quicker than the page.
  await expect(page.getByRole("progressbar", { name: "Importing" }).or(page.getByRole("heading", { name: "Outcome" }))).toBeVisible();
  await expect(page.getByRole("heading", { name: "Outcome" })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByRole("status")).toContainText("400 proposals wait for review");
});

test("members and visitors cannot reach imports", async ({ page }) => {
  const anonymous = await page.goto("/moderation/imports");
  expect(anonymous?.status()).toBe(404);
  await signIn(page, demoAccount("member", 0));
  const member = await page.goto("/moderation/imports");
  expect(member?.status()).toBe(404);
});
