import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

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
];

for (const path of PAGES) {
  test(`no serious accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

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
