import { randomUUID } from "node:crypto";
import { expect, test } from "./support/test";
import type { Locator, Page } from "@playwright/test";
import { demoAccount } from "./support/accounts";
import { mailTo } from "./support/mail";
import { completeAndSubmit, signedIn, startDraft } from "./support/proposals";

// Journeys of issue 10: choosing related entries by title, a moderator's diff
// that marks only what changed, and a member who hears of the decision by mail
// and whose unread count drops when the notification is opened.

const SHOTS = "test-results/journeys";

/** Screenshots at a phone's, a larger phone's and a desktop's width, of one part of the page or the top of it. */
async function shoot(page: Page, name: string, part?: Locator) {
  for (const width of [320, 390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    if (part) await part.screenshot({ path: `${SHOTS}/${name}-${width}.png` });
    else await page.screenshot({ path: `${SHOTS}/${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

function unreadBadge(page: Page) {
  return page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: /Notifications/ });
}

test("related entries are chosen by title, checked on save, and the decision reaches the member", async ({ browser }) => {
  test.setTimeout(180_000);
  const account = demoAccount("member", 1); // the QUAKESAFE team
  const member = await signedIn(browser, account);
  const moderator = await signedIn(browser, demoAccount("moderator"));

  // Start with nothing unread, so the count below is this journey's own.
  await member.goto("/notifications");
  const markAll = member.getByRole("button", { name: "Mark all as read" });
  if (await markAll.isVisible()) await markAll.click();

  const title = `Seismic clubs ${randomUUID().slice(0, 6)}`;
  const proposalUrl = await startDraft(member, title);

  // Keyboard only: type part of a title, arrow down, Enter.
  const first = member.getByRole("group", { name: "Related entry 1" });
  const combobox = first.getByRole("combobox", { name: "Entry" });
  await combobox.fill("earthquake engineering");
  const options = member.getByRole("listbox").getByRole("option");
  await expect(options.first()).toContainText("QUAKESAFE");
  await expect(combobox).toHaveAttribute("aria-expanded", "true");
  await shoot(member, "picker-open", first);
  await combobox.press("ArrowDown");
  await expect(combobox).toHaveAttribute("aria-activedescendant", /.+/);
  await combobox.press("Enter");
  await expect(first.getByRole("button", { name: /Change .*QUAKESAFE/ })).toBeFocused();
  await expect(first.getByLabel("How it is related")).toHaveValue("related");

  // The same entry again, by mouse, in a second row.
  await member.getByRole("button", { name: "Add a related entry" }).click();
  const second = member.getByRole("group", { name: "Related entry 2" });
  await second.getByRole("combobox", { name: "Entry" }).fill("QUAKESAFE");
  await member.getByRole("option", { name: /QUAKESAFE/ }).click();
  await member.getByRole("button", { name: "Save draft" }).click();
  await expect(second.getByText(/already related entry 1: list each entry once/)).toBeVisible();
  await shoot(member, "picker-duplicate", member.locator("#f-links"));

  // Replaced by another entry, the draft saves and goes for review.
  await second.getByRole("button", { name: /Change/ }).click();
  await second.getByRole("combobox", { name: "Entry" }).fill("TechBridge");
  await member.getByRole("option", { name: /TechBridge/ }).click();
  await completeAndSubmit(member, {
    summary: "Pupils build model buildings and test them on shake tables.",
    description: "Clubs meet weekly in Skopje schools.",
    country: "North Macedonia",
  });

  // The state badge draws its icon: no missing-glyph box.
  await member.goto("/contributions");
  await expect(member.getByRole("row", { name: new RegExp(title) })).toContainText("Submitted");
  await shoot(member, "submitted-badge", member.getByRole("row", { name: new RegExp(title) }));

  // The moderator asks for changes: the member gets a mail and a notification.
  await moderator.goto("/moderation");
  await moderator.getByRole("link", { name: title }).click();
  await moderator.getByRole("radio", { name: "Request changes" }).check();
  await moderator.getByRole("textbox", { name: "Comment for the organisation" }).fill("Say which schools take part.");
  await moderator.getByRole("button", { name: "Send decision" }).click();
  await expect(moderator).toHaveURL(/done=changes_requested/);
  const mail = await mailTo(account.email, new RegExp(`Changes requested on “${title}”`));
  expect(mail.text).toContain("Say which schools take part.");

  await member.goto("/notifications");
  await expect(unreadBadge(member)).toContainText("1 unread");
  await member.getByRole("link", { name: `Changes requested on “${title}”` }).click();
  await expect(member).toHaveURL(new RegExp(`${proposalUrl}$`));
  await expect(unreadBadge(member)).not.toContainText("unread");
  await expect(member.getByText("Say which schools take part.").first()).toBeVisible();
  await shoot(member, "changes-requested-badge");

  // The published entry lists each related entry once.
  await member.goto(proposalUrl);
  await member.getByRole("button", { name: "Resubmit for review" }).click();
  await expect(member.getByRole("status")).toContainText("Sent for review");
  await moderator.goto("/moderation");
  await moderator.getByRole("link", { name: title }).click();
  await moderator.getByRole("radio", { name: "Approve and publish" }).check();
  await moderator.getByRole("button", { name: "Send decision" }).click();
  await expect(moderator).toHaveURL(/done=approved/);
  await moderator.getByRole("link", { name: "See the published entry" }).click();
  const linkedTo = moderator.locator("section", { has: moderator.getByRole("heading", { name: "Linked to" }) });
  await expect(linkedTo.getByRole("link", { name: /QUAKESAFE/ })).toHaveCount(1);
  await expect(linkedTo.getByRole("link", { name: /TechBridge/ })).toHaveCount(1);
});

test("an entry of unknown end reads as started, not 'Since', when completed", async ({ page }) => {
  await page.goto("/entries/european-year-of-skills-2023");
  const period = page.getByText(/· Completed/);
  await expect(period).toHaveText("Started in 2023 · Completed");
  await shoot(page, "entry-period", page.locator("dl").first());
});

test("the review marks only the fields a member changed, though the browser sent CRLF", async ({ browser }) => {
  test.setTimeout(120_000);
  const member = await signedIn(browser, demoAccount("member", 1));
  const moderator = await signedIn(browser, demoAccount("moderator"));
  await member.goto("/contributions/edit/quakesafe");
  await member.getByRole("button", { name: "Propose changes" }).click();
  await expect(member).toHaveURL(/\/contributions\/[0-9a-f-]{36}/);
  const summary = member.getByLabel(/^Summary\b/);
  await summary.fill(`${await summary.inputValue()} Now with school clubs.`);
  await member.getByRole("button", { name: "Submit for review" }).click();
  await expect(member.getByRole("status")).toContainText("Sent for review");

  await moderator.goto("/moderation");
  await moderator.getByRole("link", { name: /QUAKESAFE/ }).first().click();
  const changed = moderator.getByRole("table", { name: "Fields this proposal changes" });
  await expect(changed.getByRole("rowheader")).toHaveText([/Summary/]);
  await shoot(moderator, "review-diff", changed);
  await moderator.getByRole("radio", { name: "Reject" }).check();
  await moderator.getByRole("textbox", { name: "Comment for the organisation" }).fill("Test edit, not needed.");
  await moderator.getByRole("button", { name: "Send decision" }).click();
});
