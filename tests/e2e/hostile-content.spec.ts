import { expect, test } from "./support/test";
import type { Browser, Page } from "@playwright/test";
import { XSS_PAYLOADS, XSS_TEXT } from "../support/xss-payloads";
import { demoAccount, signIn, type DemoAccount } from "./support/accounts";
import { startDraft } from "./support/proposals";

// Every text field of an entry, and a moderator's comment, filled with hostile
// text, then shown on every page that displays it: nothing may run, and no
// element may carry a handler or a javascript: address.

const [scriptTag, imgTag, svgTag, attrBreak, quoteBreak, , anchorTag] = XSS_PAYLOADS;

async function watched(browser: Browser, account?: DemoAccount): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.addInitScript(() => {
    const fired: string[] = [];
    Object.assign(window, { __xss: (what: string) => fired.push(what), __xssFired: fired });
  });
  page.on("dialog", (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  if (account) await signIn(page, account);
  return page;
}

async function expectInert(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator("main")).toBeVisible();
  const report = await page.evaluate(() => ({
    fired: Reflect.get(window, "__xssFired"),
    handlers: [...document.querySelectorAll("main *")].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)).map((a) => `${el.tagName} ${a.name}`),
    ),
    foreign: document.querySelectorAll(
      "main script:not([type='application/ld+json']), main iframe, main svg[onload], main img[src='x'], main style, main math",
    ).length,
    // Structured data is the one script allowed: it must stay one whole, parseable JSON document.
    structuredData: [...document.querySelectorAll("script[type='application/ld+json']")].every((s) => {
      try {
        return typeof JSON.parse(s.textContent ?? "") === "object";
      } catch {
        return false;
      }
    }),
  }));
  expect(report, url).toEqual({ fired: [], handlers: [], foreign: 0, structuredData: true });
}

test("hostile text in every field stays text everywhere it is shown", async ({ browser }) => {
  test.setTimeout(120_000);
  const member = await watched(browser, demoAccount("member", 1));
  const moderator = await watched(browser, demoAccount("moderator"));
  const visitor = await watched(browser);
  const title = `${attrBreak} ${Date.now()}`;

  const proposalUrl = await startDraft(member, title, "resource");

  await member.getByLabel(/^Summary\b/).fill(`${imgTag} pupils build models`);
  await member.getByRole("tabpanel").getByLabel("Description").fill(XSS_TEXT);
  await member.getByLabel("Website").fill(`https://example.org/?q="><script>window.__xss('url')</script>`);
  await member.getByLabel("Author or publisher").fill(svgTag);
  await member.getByLabel("Impact").fill(XSS_TEXT);
  await member.getByLabel("Reach in words").fill(quoteBreak);
  await member.getByLabel("Funder").fill(scriptTag);
  await member.getByLabel("Funding model").fill(anchorTag);
  await member.getByLabel("Budget").fill(quoteBreak);
  await member.getByRole("group", { name: "Countries" }).getByRole("checkbox", { name: "Malta" }).check();
  const source = member.getByRole("group", { name: "Source 1" });
  await source.getByLabel(/^Title\b/).fill(scriptTag);
  await source.getByLabel("Note").fill(imgTag);
  await member.getByRole("button", { name: "Submit for review" }).click();
  await expect(member.getByRole("status")).toContainText("Sent for review");
  await expectInert(member, proposalUrl);

  await moderator.goto("/moderation");
  await moderator.getByRole("link", { name: title }).click();
  await expect(moderator).toHaveURL(/\/moderation\/[0-9a-f-]{36}$/);
  const reviewUrl = new URL(moderator.url()).pathname;
  await expectInert(moderator, reviewUrl);
  await expectInert(moderator, "/moderation");
  await moderator.goto(reviewUrl);
  await moderator.getByRole("radio", { name: "Approve and publish" }).check();
  await moderator.getByRole("textbox", { name: "Comment for the organisation" }).fill(XSS_TEXT);
  await moderator.getByRole("button", { name: "Send decision" }).click();
  await expect(moderator).toHaveURL(/done=approved/);
  const entryUrl = await moderator.getByRole("link", { name: "See the published entry" }).getAttribute("href");

  await expectInert(member, proposalUrl);
  await expectInert(member, "/contributions");
  await expectInert(member, "/notifications");
  await expectInert(moderator, "/moderation/audit");
  await expectInert(visitor, `/search?q=${encodeURIComponent("pupils build models")}`);
  await expectInert(visitor, "/countries/mt");
  expect(entryUrl).toMatch(/^\/entries\//);
  await expectInert(visitor, entryUrl ?? "/");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
});
