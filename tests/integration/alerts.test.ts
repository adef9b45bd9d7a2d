import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { db } from "../../lib/db";
import { alertsJob, sendDigests } from "../../lib/alerts/digests";
import { alertToken } from "../../lib/alerts/links";
import { confirmAlert, createAlert, deleteAlert, listAlerts, setAlertPaused, subscribeByEmail, unsubscribeAlert, updateAlert } from "../../lib/alerts/subscriptions";
import { runDueJobs } from "../../lib/jobs/runner";
import { deliverAllMail } from "../../lib/mail/outbox";
import { reviewProposal } from "../../lib/submissions/review";
import { withSmtpMailbox } from "./support/smtp-mailbox";
import { createPerson, organisationId, programmeContent } from "./support/people";
import { submitDraft } from "./support/proposals";

// Saved searches with mail alerts: double opt-in for visitors, digests of
// what is new, each entry version once per alert even when the digest run
// dies midway or two runners run it, and unsubscribing from the mail.

process.env.NEXTAUTH_SECRET = "a secret for the alert tests only";

let member: Actor;
let other: Actor;
let moderator: Actor;
let quakesafe: string;

beforeAll(async () => {
  member = await createPerson("member", ["quakesafe"]);
  other = await createPerson("member");
  moderator = await createPerson("moderator");
  quakesafe = await organisationId("quakesafe");
});
afterAll(() => db.$disconnect());

const later = (seconds: number) => new Date(Date.now() + seconds * 1000);

/** Publishes a new programme in `countries` through review; its title. */
async function publish(countries: string[], title?: string): Promise<string> {
  const content = programmeContent({ countries, ...(title ? { title } : {}) });
  const proposal = await submitDraft(member, quakesafe, content);
  const result = await reviewProposal(moderator, { decision: "approve", proposalId: proposal.id, expectedVersion: proposal.version });
  if (!result.ok) throw new Error(result.message);
  return content.title;
}

describe("a signed-in person's alerts", () => {
  it("are saved from a search, refused when the input is wrong, and only the owner sees or changes them", async () => {
    expect(await createAlert(null, { name: "x", frequency: "daily", search: "country=RO" })).toMatchObject({ ok: false, code: "forbidden" });
    const bad = await createAlert(member, { name: " ", frequency: "hourly", search: "country=XX" });
    expect(bad).toMatchObject({ ok: false, code: "invalid" });
    if (bad.ok) return;
    expect(bad.fieldErrors).toEqual({
      name: ["Give the alert a name."],
      frequency: ["Choose how often you want to hear."],
      search: ["This search cannot be saved as it is: open it on the search page and correct it first."],
    });

    const created = await createAlert(member, { name: "Romania", frequency: "daily", search: "sort=title&country=ro&page=3" });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const [alert] = await listAlerts(member);
    expect(alert).toMatchObject({ id: created.id, name: "Romania", search: "country=RO", frequency: "daily", state: "active", lastRunAt: null });
    expect(await listAlerts(other)).toEqual([]);

    expect(await updateAlert(other, { id: created.id, name: "Mine now", frequency: "weekly" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await setAlertPaused(other, { id: created.id }, true)).toMatchObject({ ok: false, code: "not_found" });
    expect(await deleteAlert(other, { id: created.id })).toMatchObject({ ok: false, code: "not_found" });

    expect(await updateAlert(member, { id: created.id, name: "Romanian STEM", frequency: "weekly" })).toEqual({ ok: true });
    expect(await setAlertPaused(member, { id: created.id }, true)).toEqual({ ok: true });
    expect((await listAlerts(member))[0]).toMatchObject({ name: "Romanian STEM", frequency: "weekly", state: "paused" });
    expect(await setAlertPaused(member, { id: created.id }, false)).toEqual({ ok: true });
    expect(await deleteAlert(member, { id: created.id })).toEqual({ ok: true });
    expect(await listAlerts(member)).toEqual([]);
  });
});

describe("alerts by mail, through a real SMTP server", () => {
  const mails = withSmtpMailbox();
  const to = (address: string) => mails.filter((m) => m.to.includes(address));

  it("send a visitor nothing but the confirmation until it is confirmed, then each new matching entry once", async () => {
    const visitor = "visitor-ro@example.org";
    expect(await subscribeByEmail({ email: "not an address", frequency: "immediate", search: "country=RO" }, { ip: "203.0.113.7" })).toMatchObject({ ok: false, code: "invalid" });
    expect(await subscribeByEmail({ email: visitor, frequency: "immediate", search: "country=RO", locale: "de" }, { ip: "203.0.113.7" })).toEqual({ ok: true });
    await deliverAllMail();
    await expect.poll(() => to(visitor).length).toBe(1);
    const confirmation = to(visitor)[0];
    expect(confirmation?.subject).toBe("Bitte bestätigen Sie Ihre Benachrichtigung: Rumänien");
    const link = /https?:\/\/\S+\/de\/alerts\/confirm\?id=([\w-]+)&token=([\w-]+)/.exec(confirmation?.text ?? "");
    expect(link).not.toBeNull();
    const [, id = "", token = ""] = link ?? [];

    // Published before confirming: never sent.
    await publish(["RO"]);
    await sendDigests({ now: later(1) });
    await deliverAllMail();
    expect(to(visitor)).toHaveLength(1);

    expect(await confirmAlert({ id, token: alertToken(id, "unsubscribe") })).toMatchObject({ ok: false, code: "invalid" });
    expect(await confirmAlert({ id, token })).toMatchObject({ ok: true, alert: { state: "active" } });
    expect(await confirmAlert({ id, token })).toMatchObject({ ok: true }); // a second click is harmless

    const romanian = await publish(["RO"]);
    const macedonian = await publish(["MK"]);
    await sendDigests({ now: later(2) });
    await deliverAllMail();
    await expect.poll(() => to(visitor).length).toBe(2);
    const digest = to(visitor)[1];
    expect(digest?.subject).toBe("1 neuer Eintrag zu „Rumänien“");
    expect(digest?.text).toContain(romanian);
    expect(digest?.text).not.toContain(macedonian);
    expect(digest?.headers["list-unsubscribe"]).toBe(`<http://localhost:3000/api/alerts/unsubscribe?id=${id}&token=${alertToken(id, "unsubscribe")}>`);
    expect(digest?.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(digest?.text).toContain(`/de/alerts/unsubscribe?id=${id}&token=`);

    // Nothing new: nothing sent.
    await sendDigests({ now: later(3) });
    await deliverAllMail();
    expect(to(visitor)).toHaveLength(2);

    expect(await unsubscribeAlert({ id, token: "x".repeat(43) })).toMatchObject({ ok: false, code: "invalid" });
    expect(await unsubscribeAlert({ id, token: alertToken(id, "unsubscribe") })).toEqual({ ok: true });
    expect(await unsubscribeAlert({ id, token: alertToken(id, "unsubscribe") })).toEqual({ ok: true });
    expect(await db.alertSubscription.count({ where: { id } })).toBe(0);
  });

  it("answer a second subscription alike without telling who subscribed, and limit how often one address may be asked", async () => {
    const visitor = "visitor-limits@example.org";
    const ask = () => subscribeByEmail({ email: visitor, frequency: "daily", search: "country=BG" }, { ip: "203.0.113.8" });
    expect(await ask()).toEqual({ ok: true });
    expect(await ask()).toEqual({ ok: true });
    expect(await ask()).toEqual({ ok: true });
    expect(await ask()).toMatchObject({ ok: false, code: "rate_limited", message: expect.stringMatching(/^Too many attempts\. Please wait/) });
    expect(await db.alertSubscription.count({ where: { email: visitor } })).toBe(1);
  });

  it("mail words only to alerts whose every word an entry has", async () => {
    const address = "words@example.org";
    const alert = await db.alertSubscription.create({
      data: { email: address, name: "volcano drills", search: "q=volcano+drills", frequency: "immediate", state: "active", confirmedAt: new Date() },
    });
    const both = await publish(["IT"], `Volcano drills for schools ${alert.id.slice(0, 6)}`);
    const one = await publish(["IT"], `Volcano museum visits ${alert.id.slice(0, 6)}`);
    await sendDigests({ now: later(4) });
    await deliverAllMail();
    await expect.poll(() => to(address).length).toBe(1);
    expect(to(address)[0]?.text).toContain(both);
    expect(to(address)[0]?.text).not.toContain(one);
  });

  it("send each entry once per alert when the digest run dies midway, and when two runners run it at once", async () => {
    const addresses = Array.from({ length: 4 }, (_, i) => `crash-${i}@example.org`);
    await db.alertSubscription.createMany({
      data: addresses.map((email) => ({ email, name: "Greece", search: "country=GR", frequency: "immediate", state: "active", confirmedAt: new Date() })),
    });
    const first = await publish(["GR"]);

    let handled = 0;
    const crash = new Error("killed");
    await expect(sendDigests({ now: later(5), afterEach: () => { if (++handled === 2) throw crash; } })).rejects.toBe(crash);
    // Another runner takes over.
    const [a, b] = await Promise.all([sendDigests({ now: later(6) }), sendDigests({ now: later(6) })]);
    expect(a.mailed + b.mailed).toBe(2);
    await deliverAllMail();
    await expect.poll(() => addresses.every((address) => to(address).length === 1)).toBe(true);
    expect(addresses.map((address) => to(address).filter((m) => m.text.includes(first)).length)).toEqual([1, 1, 1, 1]);

    // Two runners of the job itself: one run, one mail each.
    const second = await publish(["GR"]);
    await db.alertSubscription.updateMany({ where: { email: { in: addresses } }, data: { nextRunAt: new Date() } });
    await db.job.upsert({ where: { name: alertsJob.name }, create: { name: alertsJob.name }, update: { dueAt: new Date(), lockedUntil: null } });
    await Promise.all([runDueJobs([alertsJob], { runner: "one" }), runDueJobs([alertsJob], { runner: "two" })]);
    await deliverAllMail();
    await expect.poll(() => addresses.every((address) => to(address).length === 2)).toBe(true);
    expect(addresses.map((address) => to(address).filter((m) => m.text.includes(second)).length)).toEqual([1, 1, 1, 1]);
  });

  it("mail a signed-in person with a link to their alerts, and nothing to a paused alert", async () => {
    const created = await createAlert(member, { name: "Malta", frequency: "immediate", search: "country=MT" });
    if (!created.ok) throw new Error(created.message);
    const title = await publish(["MT"]);
    await sendDigests({ now: later(7) });
    await deliverAllMail();
    const digests = () => to(member.email).filter((m) => m.subject.endsWith("for “Malta”"));
    await expect.poll(() => digests().length).toBe(1);
    expect(digests()[0]?.text).toContain(`${title} (new)`);
    expect(digests()[0]?.text).toContain("Change, pause or delete your alerts: http://localhost:3000/alerts");

    await setAlertPaused(member, { id: created.id }, true);
    const unseen = await publish(["MT"]);
    await sendDigests({ now: later(8) });
    await deliverAllMail();
    expect(digests()).toHaveLength(1);
    expect(to(member.email).filter((m) => m.subject.endsWith("for “Malta”") && m.text.includes(unseen))).toHaveLength(0);
  });
});
