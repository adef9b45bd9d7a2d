import { expect, test } from "./support/test";
import { demoAccount } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { shot } from "./support/screenshots";
import { signedIn } from "./support/proposals";

// Issue 16, "evidence level": a moderator assesses an entry against the
// published rubric; readers see a badge that explains itself and links to the
// rubric. The assessment is withdrawn at the end, so other specs find the
// catalogue as seeded.

const SLUG = "quakesafe";
const JUSTIFICATION = "The project's 2023 report evaluates the clubs' workshops with pre- and post-tests.";

test("a moderator assesses an entry's evidence, and readers see the level explained", async ({ browser, page }) => {
  // Two sign-ins, two axe runs and two languages: more than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  await page.goto(`/entries/${SLUG}`);
  const badge = page.getByRole("region", { name: "Evidence level" });
  await expect(badge).toContainText("Not yet assessed");

  const moderator = await signedIn(browser, demoAccount("moderator"));
  try {
    await moderator.goto(`/moderation/entries/${SLUG}`);
    const form = moderator.getByRole("region", { name: "Evidence level" });
    await form.getByLabel("Level").selectOption({ label: "Evaluated" });
    await form.getByLabel("Justification").fill(JUSTIFICATION);
    await form.getByLabel("Address of the evidence (optional)").fill("javascript:alert(1)");
    await form.getByRole("button", { name: "Save the assessment" }).click();
    await expect(moderator.getByText("Give a full web address, starting with https://").first()).toBeVisible();

    await form.getByLabel("Address of the evidence (optional)").fill("https://example.org/quakesafe-evaluation.pdf");
    await form.getByRole("button", { name: "Save the assessment" }).click();
    await expect(moderator.getByRole("status")).toContainText("The assessment is saved.");
    await expect(moderator.getByRole("region", { name: "Evidence level" })).toContainText("Now: Evaluated");

    await page.reload();
    await expect(badge).toContainText("Evaluated");
    await expect(badge).toContainText("An evaluation report exists");
    await expect(badge).toContainText(JUSTIFICATION);
    await expect(badge.getByRole("link", { name: "Read the evidence" })).toHaveAttribute("href", "https://example.org/quakesafe-evaluation.pdf");
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "evidence-entry");

    // In another language, the badge and the rubric it links to.
    await page.goto(`/de/entries/${SLUG}`);
    await expect(page.getByRole("region", { name: "Evidenzstufe" })).toContainText("Evaluiert");
    await page.getByRole("link", { name: "Wie wir Evidenz bewerten" }).click();
    await expect(page).toHaveURL(/\/de\/about\/evidence$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wie wir Evidenz bewerten");
    await expect(page.getByRole("heading", { level: 3 })).toHaveCount(3);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, "evidence-rubric");
  } finally {
    await moderator.goto(`/moderation/entries/${SLUG}`);
    const form = moderator.getByRole("region", { name: "Evidence level" });
    // Withdrawing is offered only once there is an assessment to withdraw (a failure above may have left none).
    if ((await form.locator('option[value="none"]').count()) > 0) {
      await form.getByLabel("Level").selectOption("none");
      await form.getByLabel("Justification").fill("Withdrawn at the end of the evidence test.");
      await form.getByRole("button", { name: "Save the assessment" }).click();
      await expect(moderator.getByRole("status")).toContainText("The assessment is saved.");
    }
  }
  await page.goto(`/entries/${SLUG}`);
  await expect(badge).toContainText("Not yet assessed");
});
