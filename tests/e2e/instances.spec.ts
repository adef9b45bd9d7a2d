import { randomUUID } from "node:crypto";
import { expect, test } from "./support/test";
import type { Page } from "@playwright/test";
import { demoAccount } from "./support/accounts";
import { apiSearchTitles, entryHeading, figures, searchPageTitles } from "./support/answers";
import { completeAndSubmit, signedIn, startDraft } from "./support/proposals";
import { startSecondInstance } from "./support/second-instance";
import type { WebServerProcess } from "./support/web-server-process";

// Two instances of the site on one database, as in production behind a proxy:
// the suite's own (A) and a second one started here (B) from the same build,
// on A's PostgreSQL, with the same session key. Each keeps its search answers,
// facet masks and statistics in its own memory, stamped with the catalogue's
// generation. A change made through one instance must be in the other's very
// next answer, although that instance has the same question cached: each
// instance is asked first, the change made, then each answer read once,
// without waiting or asking again.

const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2526);
let second: WebServerProcess;

test.beforeAll(async () => {
  test.setTimeout(60_000);
  const first = new URL(test.info().project.use.baseURL ?? "");
  second = await startSecondInstance(Number(first.port) + 1, `smtp://127.0.0.1:${smtpPort}`);
});

test.afterEach(async ({}, testInfo) => {
  if (second && testInfo.status !== testInfo.expectedStatus) await testInfo.attach("second instance's log", { body: second.output(), contentType: "text/plain" });
});

test.afterAll(async () => {
  await second?.stop();
});

/** A word no other entry has, in letters only (so every engine reads it as one word). */
function uniqueWord(): string {
  return `quake${randomUUID().replaceAll("-", "").slice(0, 10).replace(/\d/g, (d) => "ghijklmnop"[Number(d)] ?? "")}`;
}

async function approve(moderator: Page, base: string, title: string): Promise<void> {
  await moderator.goto(`${base}/moderation`);
  await moderator.getByRole("link", { name: title }).click();
  await moderator.getByRole("radio", { name: "Approve and publish" }).check();
  await moderator.getByRole("button", { name: "Send decision" }).click();
  await expect(moderator).toHaveURL(/done=approved/, { timeout: 30_000 });
}

/** The member's rename of a published entry, proposed through `base` (nothing public changes yet). */
async function proposeRename(member: Page, base: string, slug: string, title: string): Promise<void> {
  await member.goto(`${base}/entries/${slug}`);
  await member.getByRole("button", { name: "Propose changes" }).click();
  await expect(member).toHaveURL(new RegExp(`^${base}/contributions/[0-9a-f-]{36}$`), { timeout: 30_000 });
  await member.getByRole("region", { name: "The basics" }).getByLabel(/^Title\b/).fill(title);
  await member.getByRole("button", { name: "Submit for review" }).click();
  await expect(member.getByRole("status")).toContainText("Sent for review");
}

test("a change through one instance is in the other's very next search, entry, statistics and home answer", async ({ browser, request, baseURL }) => {
  // Most of the time goes to the browser filling forms; a busy machine needs the room.
  test.setTimeout(240_000);
  const a = baseURL ?? "";
  const b = second.baseURL;
  const word = uniqueWord();
  const title = `Shake table club ${word}`;
  const renamed = `Seismograph workshop ${word}`;
  // Both sign in on A; the same cookie opens B (one NEXTAUTH_SECRET, no sticky sessions).
  const member = await signedIn(browser, demoAccount("member", 1)); // the QUAKESAFE team
  const moderator = await signedIn(browser, demoAccount("moderator"));
  const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  /** What an instance answers: the search page and API for the word, the entry's page, the catalogue's figures. */
  const ask = async (base: string, slug?: string) => ({
    searchPage: await searchPageTitles(reader, base, word),
    api: await apiSearchTitles(request, base, word),
    entry: slug === undefined ? undefined : await entryHeading(reader, base, slug),
    figures: await figures(reader, base),
  });

  // 1. Submitted and approved through A, seen by B.
  await startDraft(member, title);
  await completeAndSubmit(member, {
    summary: "Pupils build model buildings and test them on shake tables.",
    description: "Clubs meet weekly in Skopje schools.",
    country: "North Macedonia",
  });
  const before = await ask(b);
  expect(before).toMatchObject({ searchPage: [], api: [] });
  await approve(moderator, a, title);
  const slug = (await moderator.getByRole("link", { name: "See the published entry" }).getAttribute("href"))?.split("/").pop() ?? "";
  expect(slug).not.toBe("");

  expect(await ask(b, slug)).toEqual({
    searchPage: [title],
    api: [title],
    entry: title,
    figures: { statisticsTotal: before.figures.statisticsTotal + 1, homeTotal: before.figures.homeTotal + 1 },
  });

  // 2. Renamed through B (proposed and approved there), seen by A.
  await proposeRename(member, b, slug, renamed);
  const published = await ask(a, slug);
  expect(published).toMatchObject({ searchPage: [title], api: [title], entry: title });
  await approve(moderator, b, renamed);

  expect(await ask(a, slug)).toEqual({ ...published, searchPage: [renamed], api: [renamed], entry: renamed });

  // 3. Archived through A, gone from B.
  expect(await ask(b, slug)).toMatchObject({ searchPage: [renamed], api: [renamed], entry: renamed });
  await moderator.goto(`${a}/moderation/entries/${slug}`);
  await moderator.getByRole("region", { name: "Archive this entry" }).getByLabel(/^Reason\b/).fill("Merged into another entry.");
  await moderator.getByLabel("I understand that the entry leaves the public site and search at once.").check();
  await moderator.getByRole("button", { name: "Archive this entry" }).click();
  await expect(moderator.getByRole("status")).toContainText("The entry is archived.", { timeout: 30_000 });

  expect(await ask(b, slug)).toEqual({ ...before, entry: null });

  await Promise.all([member, moderator, reader].map((page) => page.context().close()));
});
