import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { demoAccount } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { mailTo } from "./support/mail";
import { signedIn } from "./support/proposals";
import { shot } from "./support/screenshots";

// Issue 16, "members can propose evidence with a link for a moderator to
// assess": a member of the owning organisation proposes evidence from the
// entry page; a moderator finds it in the queue, accepts it on the entry's
// moderation page, and readers see the level in the badge; a second proposal
// is declined with a reason the member reads. Every page passes axe and fits
// 320 px. The assessment is withdrawn at the end, so other specs find the
// catalogue as seeded.

const REPORT = "https://example.org/evaluation-report-2024.pdf";
const NOTE = "The 2024 evaluation report follows 30 schools for two years, with pre- and post-tests.";
const JUSTIFICATION = "An evaluation report (2024) measured learning outcomes in 30 schools over two years.";
const REASON = "A newsletter is not an evaluation: please send the study itself.";

/** A pattern that matches the text as it is written. */
const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));

const member = () => demoAccount("member", 0);

/** The first demo member's organisation; its entry has the same address. */
function ownEntry(): string {
  const slug = member().organisation;
  if (!slug) throw new Error("the first demo member has no organisation");
  return slug;
}

async function fitsPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("a member proposes evidence, a moderator accepts it, and the badge shows the level", async ({ page, browser }) => {
  // Three people, axe on five pages, mail: more than the default 30 s on a busy machine.
  test.setTimeout(180_000);
  const slug = ownEntry();
  await page.goto(`/entries/${slug}`);
  const badge = page.getByRole("region", { name: "Evidence level" });
  await expect(badge).toContainText("Not yet assessed");
  // Visitors, and members of other organisations, are offered nothing.
  await expect(page.getByText("Propose evidence")).toHaveCount(0);
  const other = await signedIn(browser, demoAccount("member", 1));
  await other.goto(`/entries/${slug}`);
  await expect(other.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(other.getByText("Propose evidence")).toHaveCount(0);

  const proposer = await signedIn(browser, member());
  const moderator = await signedIn(browser, demoAccount("moderator"));
  try {
    await proposer.goto(`/entries/${slug}`);
    const title = (await proposer.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
    await proposer.getByText("Propose evidence", { exact: true }).click();
    await proposer.getByLabel("The level you believe applies").selectOption({ label: "Evaluated" });
    await proposer.getByLabel("Address of the evidence").fill("javascript:alert(1)");
    await proposer.getByLabel("Note for the moderator").fill(NOTE);
    await proposer.getByRole("button", { name: "Propose the evidence" }).click();
    await expect(proposer.getByText("Give a full web address, starting with https://").first()).toBeVisible();
    // What was typed is kept.
    await expect(proposer.getByLabel("Note for the moderator")).toHaveValue(NOTE);
    expect(await seriousViolations(proposer)).toEqual([]);
    await fitsPhone(proposer);
    await shot(proposer, "evidence-proposal-form");

    await proposer.getByLabel("Address of the evidence").fill(REPORT);
    await proposer.getByRole("button", { name: "Propose the evidence" }).click();
    // The entry page has another status region (the share button's).
    await expect(proposer.getByRole("status").filter({ hasText: "Thank you. A moderator will assess the evidence" })).toBeVisible();
    await expect(proposer.getByText(/You proposed “Evaluated” on/)).toBeVisible();
    await expect(proposer.getByRole("button", { name: "Propose the evidence" })).toHaveCount(0);
    expect(await seriousViolations(proposer)).toEqual([]);
    await fitsPhone(proposer);
    await shot(proposer, "evidence-proposal-waiting");

    // A wrong link is taken back before anyone decides, and the form returns.
    await proposer.getByRole("button", { name: "Withdraw this proposal" }).click();
    await expect(proposer.getByRole("status").filter({ hasText: "Your proposal is withdrawn" })).toBeVisible();
    await expect(proposer.getByText(/You proposed “Evaluated” on/)).toHaveCount(0);
    await expect(proposer.getByRole("status").filter({ hasText: "Thank you." })).toHaveCount(0);
    await proposer.getByLabel("The level you believe applies").selectOption({ label: "Evaluated" });
    await proposer.getByLabel("Address of the evidence").fill(REPORT);
    await proposer.getByLabel("Note for the moderator").fill(NOTE);
    await proposer.getByRole("button", { name: "Propose the evidence" }).click();
    await expect(proposer.getByText(/You proposed “Evaluated” on/)).toBeVisible();

    // The moderators' queue lists it; the entry's moderation page decides it.
    await moderator.goto("/moderation");
    const queue = moderator.getByRole("region", { name: "Proposed evidence" });
    await expect(queue).toContainText("Evaluated");
    expect(await seriousViolations(moderator)).toEqual([]);
    await fitsPhone(moderator);
    await shot(moderator, "evidence-proposals-queue");
    await queue.getByRole("link", { name: title }).click();
    await expect(moderator).toHaveURL(new RegExp(`/moderation/entries/${slug}#evidence-proposals$`));
    const proposals = moderator.getByRole("region", { name: "Proposed evidence" });
    await expect(proposals.getByRole("link", { name: REPORT })).toHaveAttribute("href", REPORT);
    const accept = proposals.getByRole("form", { name: "Accept and assess" });
    await expect(accept.getByLabel("Level")).toHaveValue("evaluated");
    await expect(accept.getByLabel("Justification")).toHaveValue(NOTE);
    expect(await seriousViolations(moderator)).toEqual([]);
    await fitsPhone(moderator);
    await shot(moderator, "evidence-proposals-moderation");

    await accept.getByLabel("Justification").fill(JUSTIFICATION);
    await accept.getByRole("button", { name: "Accept and assess" }).click();
    await expect(moderator.getByRole("status")).toContainText("The proposed evidence is accepted and the entry assessed.");
    await expect(moderator.getByRole("region", { name: "Evidence level" })).toContainText("Now: Evaluated");
    await expect(moderator.getByRole("region", { name: "Proposed evidence" })).toHaveCount(0);

    // Readers see the level, the justification and the proposal's link.
    await page.reload();
    await expect(badge).toContainText("Evaluated");
    await expect(badge).toContainText(JUSTIFICATION);
    await expect(badge.getByRole("link", { name: "Read the evidence" })).toHaveAttribute("href", REPORT);

    // The member is told, in the app and by mail.
    await mailTo(member().email, literally(JUSTIFICATION));
    await proposer.goto("/notifications");
    await expect(proposer.getByRole("main")).toContainText(`Your evidence for “${title}” is accepted`);

    // A second proposal, declined with a reason that the member reads on their contributions page.
    await proposer.goto(`/entries/${slug}`);
    await proposer.getByText("Propose evidence", { exact: true }).click();
    await proposer.getByLabel("The level you believe applies").selectOption({ label: "Evidence of impact" });
    await proposer.getByLabel("Address of the evidence").fill("https://example.org/newsletter");
    await proposer.getByLabel("Note for the moderator").fill("Our newsletter reports the results.");
    await proposer.getByRole("button", { name: "Propose the evidence" }).click();
    await expect(proposer.getByRole("status").filter({ hasText: "Thank you." })).toBeVisible();

    await moderator.goto(`/moderation/entries/${slug}`);
    const decline = moderator.getByRole("form", { name: "Decline" });
    await decline.getByLabel(/^Reason/).fill(REASON);
    await decline.getByRole("button", { name: "Decline the proposal" }).click();
    await expect(moderator.getByRole("status")).toContainText("The proposed evidence is declined");
    await expect(moderator.getByRole("region", { name: "Evidence level" })).toContainText("Now: Evaluated");

    await mailTo(member().email, literally(REASON));
    await proposer.goto("/contributions");
    const own = proposer.getByRole("region", { name: "Evidence you proposed" });
    await expect(own.getByRole("row").filter({ hasText: "Declined" })).toContainText(REASON);
    await expect(own.getByRole("row").filter({ hasText: "Accepted" })).toContainText(title);
    await expect(own.getByRole("row").filter({ hasText: "Withdrawn by you" })).toHaveCount(1);
    expect(await seriousViolations(proposer)).toEqual([]);
    await fitsPhone(proposer);
    await shot(proposer, "evidence-proposals-contributions");
  } finally {
    await moderator.goto(`/moderation/entries/${slug}`);
    const form = moderator.getByRole("region", { name: "Evidence level" });
    if ((await form.locator('option[value="none"]').count()) > 0) {
      await form.getByLabel("Level").selectOption("none");
      await form.getByLabel("Justification").fill("Withdrawn at the end of the evidence proposals test.");
      await form.getByRole("button", { name: "Save the assessment" }).click();
      await expect(moderator.getByRole("status")).toContainText("The assessment is saved.");
    }
  }
  await page.goto(`/entries/${slug}`);
  await expect(badge).toContainText("Not yet assessed");
});
