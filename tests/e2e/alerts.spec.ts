import { randomUUID } from "node:crypto";
import { expect, test } from "./support/test";
import { demoAccount } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { linkTo, mailTo } from "./support/mail";
import { completeAndSubmit, signedIn, startDraft } from "./support/proposals";
import { shot } from "./support/screenshots";

// Issue 16, "saved searches with email alerts": a visitor subscribes to a
// country's search and confirms by mail; a member saves the same search as
// an alert; a moderator approves a matching entry; both digests arrive, and
// each one's unsubscribe works: the visitor's by a mail client's one-click
// POST (RFC 8058), the member's through the page its link opens.

test("a visitor and a member get alerts for a country's search, and unsubscribe from the digest", async ({ browser, page: visitor, request }) => {
  // Three people, two mails each way and a review: more than the default on a busy machine.
  test.setTimeout(180_000);
  const visitorAddress = `alerts-${randomUUID().slice(0, 8)}@example.org`;
  const memberAccount = demoAccount("member", 1); // the QUAKESAFE team, North Macedonia
  const member = await signedIn(browser, memberAccount);
  const moderator = await signedIn(browser, demoAccount("moderator"));

  // The visitor asks for alerts from the search of North Macedonia's entries.
  await visitor.goto("/search?country=MK");
  await visitor.getByRole("link", { name: "Get alerts" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Get alerts for this search");
  await expect(visitor.locator("main")).toContainText("Your search: North Macedonia");
  await visitor.getByLabel("Your email address").fill(visitorAddress);
  await visitor.getByLabel("How often").selectOption("immediate");
  expect(await seriousViolations(visitor)).toEqual([]);
  await visitor.getByRole("button", { name: "Subscribe" }).click();
  await expect(visitor.getByRole("status")).toContainText("Almost done");
  await shot(visitor, "alerts-new-visitor");

  // Nothing but the confirmation until it is used; opening its link changes nothing by itself.
  const confirmation = await mailTo(visitorAddress, /confirm/);
  expect(confirmation.subject).toBe("Confirm your alert: North Macedonia");
  await visitor.goto(linkTo(confirmation, "/alerts/confirm"));
  await expect(visitor.locator("main")).toContainText(`Mail entries matching “North Macedonia” to ${visitorAddress}?`);
  expect(await seriousViolations(visitor)).toEqual([]);
  await shot(visitor, "alerts-confirm");
  await visitor.getByRole("button", { name: "Start the alert" }).click();
  await expect(visitor.getByRole("status")).toContainText("Your alert is on.");

  // The member saves the same search as a named alert, and finds it in My alerts.
  await member.goto("/search?country=MK");
  await member.getByRole("link", { name: "Get alerts" }).click();
  await member.getByLabel("Name of the alert").fill("Macedonian STEM");
  await member.getByLabel("How often").selectOption("immediate");
  await member.getByRole("button", { name: "Save the alert" }).click();
  await expect(member).toHaveURL(/\/alerts\?done=created/);
  const card = member.getByRole("listitem").filter({ has: member.getByRole("heading", { name: "Macedonian STEM" }) });
  await expect(card).toContainText("Active");
  await expect(card).toContainText("Mails: As soon as something matches");
  await card.getByRole("button", { name: "Pause" }).click();
  await expect(member.getByRole("status")).toContainText("The alert is paused");
  await expect(card).toContainText("Paused");
  await card.getByRole("button", { name: "Resume" }).click();
  await expect(member.getByRole("status")).toContainText("The alert is on again");
  expect(await seriousViolations(member)).toEqual([]);
  await shot(member, "alerts-list");
  await card.getByRole("link", { name: "Edit the alert “Macedonian STEM”" }).click();
  expect(await seriousViolations(member)).toEqual([]);
  await shot(member, "alerts-edit");
  await member.getByLabel("Name of the alert").fill("   ");
  await member.getByRole("button", { name: "Save changes" }).click();
  await expect(member.getByText("Give the alert a name.").first()).toBeVisible();
  await member.getByLabel("Name of the alert").fill("North Macedonia, all levels");
  await member.getByRole("button", { name: "Save changes" }).click();
  await expect(member.getByRole("status")).toContainText("Your changes are saved.");

  // A matching entry is proposed and approved.
  const title = `Alerted robotics clubs ${randomUUID().slice(0, 6)}`;
  await startDraft(member, title);
  await completeAndSubmit(member, {
    summary: "Robotics clubs in Skopje schools, announced to everyone who follows the country.",
    description: "Weekly sessions with mentors.",
    country: "North Macedonia",
  });
  await moderator.goto("/moderation");
  await moderator.getByRole("link", { name: title }).click();
  await moderator.getByRole("radio", { name: "Approve and publish" }).check();
  await moderator.getByRole("button", { name: "Send decision" }).click();
  await expect(moderator).toHaveURL(/done=approved/);

  // The visitor's digest: the entry, and the headers of one-click unsubscribing, which work.
  const digest = await mailTo(visitorAddress, new RegExp(title));
  expect(digest.subject).toBe("1 new entry for “North Macedonia”");
  expect(digest.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  const oneClick = /^<(.+)>$/.exec(digest.headers["list-unsubscribe"] ?? "")?.[1] ?? "";
  const answer = await request.post(new URL(oneClick).pathname + new URL(oneClick).search, { form: { "List-Unsubscribe": "One-Click" } });
  expect(answer.status()).toBe(200);
  expect(await answer.json()).toEqual({ unsubscribed: true });
  await visitor.goto(linkTo(digest, "/alerts/unsubscribe"));
  await expect(visitor.locator("main")).toContainText("This alert no longer exists");
  const forged = await request.post(`/api/alerts/unsubscribe?id=${randomUUID()}&token=${"x".repeat(43)}`, { form: { "List-Unsubscribe": "One-Click" } });
  expect(forged.status()).toBe(400);

  // The member's digest links to My alerts; its unsubscribe link opens a page that asks first.
  const memberDigest = await mailTo(memberAccount.email, new RegExp(`${title}[\\s\\S]*Change, pause or delete your alerts`));
  expect(memberDigest.subject).toBe("1 new entry for “North Macedonia, all levels”");
  await member.goto(linkTo(memberDigest, "/alerts/unsubscribe"));
  await expect(member.locator("main")).toContainText("Stop mailing entries that match “North Macedonia, all levels”?");
  expect(await seriousViolations(member)).toEqual([]);
  await shot(member, "alerts-unsubscribe");
  await member.getByRole("button", { name: "Stop the alert" }).click();
  await expect(member.getByRole("status")).toContainText("this alert sends no more mail");
  await member.goto("/alerts");
  await expect(member.getByRole("heading", { name: "No alerts yet" })).toBeVisible();
});

test("alert pages refuse what they cannot use, and My alerts asks visitors to sign in", async ({ page }) => {
  await page.goto("/alerts/new?country=XX");
  await expect(page.getByRole("alert", { name: /This search cannot be saved as it is/ })).toBeVisible();
  await page.goto(`/alerts/confirm?id=${randomUUID()}&token=${"x".repeat(43)}`);
  await expect(page.locator("main")).toContainText("This link is incomplete or damaged");
  await page.goto("/de/alerts/unsubscribe?id=nonsense");
  await expect(page.locator("main")).toContainText("Dieser Link ist unvollständig oder beschädigt");
  await page.goto("/alerts");
  await expect(page).toHaveURL(/\/auth\/sign-in\?callbackUrl=/);
  const other = await page.request.get(`/alerts/${randomUUID()}`, { maxRedirects: 0 });
  expect([302, 303, 307]).toContain(other.status());
});
