import { randomUUID } from "node:crypto";
import { expect, test } from "./support/test";
import { demoAccount, signIn } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { completeAndSubmit, signedIn, startDraft } from "./support/proposals";

// The whole contribution loop in the browser: a member proposes, a moderator
// asks for changes, the member fixes and resubmits, the moderator approves,
// and the entry is public in search and on its country page.

test("a member's entry goes through review and becomes public", async ({ browser, page: visitor }) => {
  test.setTimeout(120_000);
  const title = `Shake table clubs ${randomUUID().slice(0, 6)}`;
  const member = await signedIn(browser, demoAccount("member", 1)); // the QUAKESAFE team
  const moderator = await signedIn(browser, demoAccount("moderator"));

  // The member starts a draft and fills it in.
  await member.goto("/contributions");
  await expect(member.getByRole("link", { name: "New entry" }).first()).toBeVisible();
  const proposalUrl = await startDraft(member, title);
  await member.getByRole("group", { name: "Education levels" }).getByRole("checkbox", { name: "Lower secondary" }).check();
  await completeAndSubmit(member, {
    summary: "Secondary pupils build model buildings and test them on shake tables.",
    description: "Clubs meet weekly in **Skopje** schools.",
    country: "North Macedonia",
  });

  // The moderator finds it in the queue and asks for changes.
  await moderator.goto("/moderation");
  await moderator.getByRole("link", { name: title }).click();
  await moderator.getByRole("radio", { name: "Request changes" }).check();
  await moderator.getByRole("textbox", { name: "Comment for the organisation" }).fill("Please say how many schools take part.");
  await moderator.getByRole("button", { name: "Send decision" }).click();
  await expect(moderator).toHaveURL(/done=changes_requested/);

  // The member sees the comment, fixes the summary and resubmits.
  await member.goto(proposalUrl);
  await expect(member.getByText("Please say how many schools take part.")).toBeVisible();
  await member.getByLabel(/^Summary\b/).fill("Pupils of 12 secondary schools build model buildings and test them on shake tables.");
  await member.getByRole("button", { name: "Resubmit for review" }).click();
  await expect(member.getByRole("status")).toContainText("Sent for review");

  // The moderator sees what changed since the last review and approves.
  await moderator.goto("/moderation");
  await moderator.getByRole("link", { name: title }).click();
  await expect(moderator.getByRole("heading", { name: /Changed since the last review/ })).toBeVisible();
  await moderator.getByRole("radio", { name: "Approve and publish" }).check();
  await moderator.getByRole("button", { name: "Send decision" }).click();
  await expect(moderator).toHaveURL(/done=approved/);

  // Anyone can now find it: in search, and on its country page.
  await visitor.goto(`/search?q=${encodeURIComponent(title)}`);
  await expect(visitor.getByRole("list", { name: "Results" }).getByRole("link", { name: title })).toBeVisible();
  await visitor.goto("/countries/mk");
  await expect(visitor.getByRole("link", { name: title })).toBeVisible();
  await visitor.getByRole("link", { name: title }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(visitor.getByText("12 secondary schools")).toBeVisible();

  // Its history: one version, approved by the moderator, with what it holds.
  await moderator.goto(`/moderation/entries${new URL(visitor.url()).pathname.replace("/entries", "")}`);
  await moderator.getByRole("link", { name: /^Version 1/ }).click();
  await expect(moderator.getByRole("heading", { level: 1 })).toContainText("version 1");
  await expect(moderator.locator("main")).toContainText("12 secondary schools");
  expect(await seriousViolations(moderator)).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a member signs in, starts a draft, saves it and sees field messages from the server", async ({ page }) => {
    await signIn(page, demoAccount("member", 0));
    await startDraft(page, `Offline draft ${Date.now()}`, "resource");
    await page.getByLabel(/^Summary\b/).fill("Printable worksheets on renewable energy for primary classes.");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("status")).toContainText("Draft saved.");
    await expect(page.getByLabel(/^Summary\b/)).toHaveValue("Printable worksheets on renewable energy for primary classes.");

    // Submitting an incomplete proposal is refused with a message on the field.
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.locator("main")).toContainText("Give at least one source for the facts");
  });
});
