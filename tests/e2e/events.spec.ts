import { randomUUID } from "node:crypto";
import ICAL from "ical.js";
import { expect, test } from "./support/test";
import { demoAccount } from "./support/accounts";
import { seriousViolations } from "./support/axe";
import { completeAndSubmit, signedIn, startDraft } from "./support/proposals";
import { shot } from "./support/screenshots";

// An event goes the way of every entry: a member proposes it through the
// editor, a moderator approves it, and then it is on /events, on its
// country's page and in the calendar feed, which a real parser reads.

/** A day some weeks ahead, as a datetime-local value ("2027-01-20T09:30"). */
function daysAhead(days: number, time: string): string {
  const day = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${time}`;
}

test("a member's event is approved and appears in /events, on its country page and in the calendar", async ({ browser, page: visitor, request }) => {
  test.setTimeout(150_000);
  const title = `Shake table day, with; punctuation ${randomUUID().slice(0, 6)}`;
  const member = await signedIn(browser, demoAccount("member", 1));
  const moderator = await signedIn(browser, demoAccount("moderator"));

  await startDraft(member, title, "event");
  const when = member.getByRole("region", { name: "When and where" });
  await when.getByLabel(/^Starts/).fill(daysAhead(40, "09:30"));
  await when.getByLabel(/^Ends/).fill(daysAhead(40, "17:00"));
  await when.getByLabel(/^Time zone/).selectOption("Europe/Skopje");
  await when.getByLabel(/^Format/).selectOption("onsite");
  await when.getByLabel(/^Venue/).fill("Faculty of Civil Engineering");
  await when.getByLabel(/^City/).fill("Skopje");
  await when.getByLabel(/^Registration link/).fill("www.example.org/register");
  // The editor's event section reflows at 320 px like the rest of the form.
  await member.setViewportSize({ width: 320, height: 900 });
  expect(await member.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await member.setViewportSize({ width: 1280, height: 720 });
  await shot(member, "event-editor");
  await completeAndSubmit(member, {
    summary: "Pupils and teachers test model buildings on shake tables for a day.",
    description: "A day of **experiments** on earthquake-safe buildings.",
    country: "North Macedonia",
  });

  await moderator.goto("/moderation");
  await moderator.getByRole("link", { name: title }).click();
  await expect(moderator.getByRole("row", { name: /Time zone/ })).toContainText("Europe/Skopje");
  await moderator.getByRole("radio", { name: "Approve and publish" }).check();
  await moderator.getByRole("button", { name: "Send decision" }).click();
  await expect(moderator).toHaveURL(/done=approved/);

  // On /events, among the upcoming ones, and found by its filters.
  await visitor.goto("/events?country=MK&format=onsite");
  const upcoming = visitor.getByRole("region", { name: "Upcoming events" });
  await expect(upcoming.getByRole("link", { name: title })).toBeVisible();
  expect(await seriousViolations(visitor)).toEqual([]);
  await visitor.goto("/events");
  await shot(visitor, "events");
  await visitor.goto("/events?format=online");
  await expect(visitor.getByRole("region", { name: "Upcoming events" }).getByRole("link", { name: title })).toHaveCount(0);

  // On its country's page.
  await visitor.goto("/countries/mk");
  await expect(visitor.getByRole("region", { name: "Upcoming events" }).getByRole("link", { name: title })).toBeVisible();

  // Its page: the times on Skopje's clock, with the zone named, and the two buttons.
  await visitor.goto("/events");
  await visitor.getByRole("link", { name: title }).first().click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
  const details = visitor.getByRole("region", { name: "When and where" });
  await expect(details).toContainText("09:30");
  await expect(details).toContainText("Europe/Skopje");
  await expect(details).toContainText("Faculty of Civil Engineering, Skopje, North Macedonia");
  await expect(details.getByRole("link", { name: "Register" })).toHaveAttribute("href", "https://www.example.org/register");
  const jsonLd = JSON.parse((await visitor.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as Record<string, unknown>;
  expect(jsonLd["@type"]).toBe("Event");
  expect(jsonLd.eventAttendanceMode).toBe("https://schema.org/OfflineEventAttendanceMode");
  expect(String(jsonLd.startDate)).toMatch(/T09:30:00\+0[12]:00$/);
  expect(await seriousViolations(visitor)).toEqual([]);
  await shot(visitor, "event-entry");
  const fileHref = await details.getByRole("link", { name: /Add to calendar/ }).getAttribute("href");

  // The calendars: the feed of its country and its own file both parse, with the title unescaped.
  for (const address of ["/feeds/events.ics?country=MK", fileHref ?? ""]) {
    const response = await request.get(address);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const events = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const ours = events.find((e) => e.summary === title);
    expect(ours, address).toBeDefined();
    // 09:30 in Skopje is 08:30 UTC in winter, 07:30 in summer.
    const candidates = ["+01:00", "+02:00"].map((offset) => new Date(`${daysAhead(40, "09:30")}:00${offset}`).toISOString());
    expect(candidates).toContain(ours!.startDate.toJSDate().toISOString());
    expect(ours!.uid).toMatch(/^[0-9a-f-]{36}@stem-clearinghouse$/);
  }

  // The home page shows what comes next.
  await visitor.goto("/");
  await expect(visitor.getByRole("region", { name: "Coming up" }).getByRole("link", { name: title })).toBeVisible();
  await shot(visitor, "home-events");
});
