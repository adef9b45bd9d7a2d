import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { hashToken } from "../../lib/auth/tokens";
import { db } from "../../lib/db";
import { registerJobs, requestJobRun, runDueJobs, type JobDefinition } from "../../lib/jobs/runner";
import { deliverAllMail } from "../../lib/mail/outbox";
import { listNeedsChecking } from "../../lib/verification/lists";
import { verificationRemindersJob } from "../../lib/verification/reminder-job";
import {
  confirmByReminderLink,
  LINK_EXPIRED,
  LINK_UNKNOWN,
  LINK_USED,
  LINK_SUPERSEDED,
  linkStatus,
  pruneReminderLinks,
  reminderLinkState,
} from "../../lib/verification/reminder-links";
import { dueEntriesQuery, sendDueReminders, type Cursor } from "../../lib/verification/reminders";
import { Prisma } from "../../lib/generated/prisma/client";
import { ONLY_OWNERS_CONFIRM } from "../../lib/verification/confirm";
import { createPerson } from "./support/people";
import { withSmtpMailbox } from "./support/smtp-mailbox";

// The yearly reminders on a real PostgreSQL, through a real SMTP server: each
// member of a due entry's organisation gets one mail, whatever runs the job,
// twice, at once, or again after a run died half-way; its "still accurate"
// link works once, until it expires, for its own entry only; and a
// confirmation starts the next year's cycle.

afterAll(() => db.$disconnect());
const mails = withSmtpMailbox();

const DAY = 24 * 3600 * 1000;
const monthsAgo = (months: number, from = new Date()) => new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() - months, from.getUTCDate(), 9));
const mailsTo = (person: Actor) => mails.filter((m) => m.to.includes(person.email));
const tokenIn = (text: string) => /\/still-accurate\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? "";

/** Every entry verified yesterday, but those named, verified 13 months ago: only they are due. */
async function due(...slugs: string[]): Promise<void> {
  await db.entry.updateMany({ data: { lastVerifiedAt: new Date(Date.now() - DAY) } });
  await db.entry.updateMany({ where: { slug: { in: slugs } }, data: { lastVerifiedAt: monthsAgo(13) } });
}

/** Sends what the runs queued, and waits until the SMTP server has it all. */
async function delivered(): Promise<void> {
  const before = mails.length;
  const { sent } = await deliverAllMail();
  await expect.poll(() => mails.length).toBe(before + sent);
}

/** Organisations and the entry that describes each, for tests that need several; each test takes others (`skip`). */
async function ownEntries(count: number, skip: number): Promise<{ slug: string; organisation: string }[]> {
  const rows = await db.organisation.findMany({
    where: { slug: { notIn: ["quakesafe", "techbridge"] }, entry: { archivedAt: null } },
    select: { slug: true, entry: { select: { slug: true, organisationId: true } }, id: true },
    orderBy: { slug: "asc" },
    skip,
    take: count,
  });
  expect(rows.every((r) => r.entry?.organisationId === r.id)).toBe(true);
  return rows.map((r) => ({ slug: r.entry?.slug ?? "", organisation: r.slug }));
}

beforeEach(async () => {
  await db.verificationReminder.deleteMany();
  await db.mailOutbox.deleteMany();
  await registerJobs([verificationRemindersJob]);
  await requestJobRun(verificationRemindersJob.name);
});

describe("the reminder job", () => {
  it("mails each active member of a due entry's organisation once, in their language, and nobody again on the next run", async () => {
    const english = await createPerson("member", ["quakesafe"]);
    const german = await createPerson("member", ["quakesafe"]);
    await db.user.update({ where: { id: german.id }, data: { locale: "de", name: "Grete" } });
    const deactivated = await createPerson("member", ["quakesafe"]);
    await db.user.update({ where: { id: deactivated.id }, data: { deactivatedAt: new Date() } });
    const otherOrganisation = await createPerson("member", ["techbridge"]);
    await due("quakesafe");

    const [report] = await runDueJobs([verificationRemindersJob], { runner: "a" });
    expect(report).toMatchObject({ ok: true, outcome: expect.stringMatching(/^Reminded the members of 1 entries \(2 mails\); 0 due entries/) });
    await delivered();
    expect(mailsTo(english)).toHaveLength(1);
    expect(mailsTo(german)).toHaveLength(1);
    expect(mailsTo(deactivated)).toHaveLength(0);
    expect(mailsTo(otherOrganisation)).toHaveLength(0);

    const [mail] = mailsTo(english);
    expect(mail?.subject).toMatch(/^Is “.+” still accurate\?$/);
    expect(mail?.text).toMatch(/was last confirmed as accurate on \d+ \w+ \d{4}/);
    expect(mail?.text).toMatch(/http:\/\/[^/]+\/still-accurate\/[A-Za-z0-9_-]{43}\n/);
    expect(mail?.text).toContain("/contributions/edit/quakesafe");
    const [grete] = mailsTo(german);
    expect(grete?.subject).toMatch(/^Stimmt „.+“ noch\?$/);
    expect(grete?.text).toMatch(/^Guten Tag Grete,/);
    expect(grete?.text).toMatch(/\/de\/still-accurate\/[A-Za-z0-9_-]{43}\n/);
    expect(tokenIn(grete?.text ?? "")).not.toBe(tokenIn(mail?.text ?? ""));

    // Run again, by another runner: nothing new.
    await requestJobRun(verificationRemindersJob.name);
    const [again] = await runDueJobs([verificationRemindersJob], { runner: "b" });
    expect(again?.outcome).toMatch(/^Reminded the members of 0 entries \(0 mails\)/);
    expect(await deliverAllMail()).toEqual({ sent: 0, failed: 0 });
    expect(mailsTo(english)).toHaveLength(1);
  });

  it("records entries with no one to remind, and moderators find them in Needs checking from 12 months", async () => {
    const moderator = await createPerson("moderator");
    await createPerson("member", ["quakesafe"]);
    await due("quakesafe", "unesco");
    await db.entry.update({ where: { slug: "unesco" }, data: { organisationId: null } });
    const report = await sendDueReminders({ now: new Date() });
    expect(report).toMatchObject({ entries: 2, noOneToRemind: 1 });
    const reminder = await db.verificationReminder.findFirstOrThrow({ where: { entry: { slug: "unesco" } } });
    expect(reminder.recipients).toBe(0);
    const list = await listNeedsChecking(moderator, 1);
    expect(list?.items.map((i) => [i.slug, i.noOneToRemind])).toEqual([["unesco", true]]);
  });
});

describe("runners at the same time, and a run that dies half-way", () => {
  /** A member in each of `count` organisations, each organisation's entry due. */
  async function membersOfDueEntries(count: number, skip: number): Promise<Actor[]> {
    const entries = await ownEntries(count, skip);
    expect(entries).toHaveLength(count);
    const members = await Promise.all(entries.map((e) => createPerson("member", [e.organisation])));
    await due(...entries.map((e) => e.slug));
    return members;
  }
  const everyoneOnce = (members: Actor[]) => members.map((m) => mailsTo(m).filter((mail) => /still accurate/.test(mail.subject)).length);

  it("two runners at once run the job once", async () => {
    const members = await membersOfDueEntries(3, 0);
    const reports = await Promise.all([runDueJobs([verificationRemindersJob], { runner: "a" }), runDueJobs([verificationRemindersJob], { runner: "b" })]);
    expect(reports.flat()).toHaveLength(1);
    await delivered();
    expect(everyoneOnce(members)).toEqual([1, 1, 1]);
  });

  it("two runs of the job at once (a lease taken over from a run still going) share the entries out and mail each member once", async () => {
    const members = await membersOfDueEntries(4, 3);
    const runs = await Promise.all([sendDueReminders({ now: new Date(), batchSize: 1 }), sendDueReminders({ now: new Date(), batchSize: 1 })]);
    expect(runs[0].entries + runs[1].entries).toBe(4);
    expect(runs[0].mails + runs[1].mails).toBe(4);
    await delivered();
    expect(everyoneOnce(members)).toEqual([1, 1, 1, 1]);
  });

  it("a crash after the first batch: the next run mails the others, nobody twice, nobody skipped", async () => {
    const members = await membersOfDueEntries(3, 7);
    const crash = new Error("the runner's process died");
    await expect(
      sendDueReminders({
        now: new Date(),
        batchSize: 1,
        afterBatch: () => {
          throw crash;
        },
      }),
    ).rejects.toBe(crash);
    expect(await db.verificationReminder.count()).toBe(1);
    await delivered();
    expect(everyoneOnce(members).sort()).toEqual([0, 0, 1]);

    const [report] = await runDueJobs([verificationRemindersJob], { runner: "b" });
    expect(report?.outcome).toMatch(/^Reminded the members of 2 entries \(2 mails\)/);
    await delivered();
    expect(everyoneOnce(members)).toEqual([1, 1, 1]);
  });

  it("a runner that dies holding the job: another takes it over when the lease ends and finishes the round", async () => {
    const members = await membersOfDueEntries(3, 10);
    let release = () => {};
    const hanging = new Promise<void>((resolve) => (release = resolve));
    // The same job, stuck after its first batch, as if its process had died there.
    const dying: JobDefinition = { ...verificationRemindersJob, leaseSeconds: 60, run: ({ now }) => sendDueReminders({ now, batchSize: 1, afterBatch: () => hanging }).then(() => "finished late") };
    const stuck = runDueJobs([dying], { runner: "a" });
    await expect.poll(() => db.verificationReminder.count()).toBe(1);

    expect(await runDueJobs([verificationRemindersJob], { runner: "b" })).toEqual([]);
    const started = (await db.job.findUniqueOrThrow({ where: { name: verificationRemindersJob.name } })).lastStartedAt ?? new Date();
    const [report] = await runDueJobs([verificationRemindersJob], { runner: "b", now: new Date(started.getTime() + 61_000) });
    expect(report?.outcome).toMatch(/^Reminded the members of 2 entries \(2 mails\)/);

    // The dead run comes back to life: nothing is left for it.
    release();
    await stuck;
    await delivered();
    expect(everyoneOnce(members)).toEqual([1, 1, 1]);
    expect(await db.verificationReminder.count()).toBe(3);
  });
});

describe("the still-accurate link", () => {
  /** Reminds quakesafe's two new members; their links by member. */
  async function remind(): Promise<{ first: Actor; second: Actor; tokens: [string, string] }> {
    const first = await createPerson("member", ["quakesafe"]);
    const second = await createPerson("member", ["quakesafe"]);
    await due("quakesafe", "techbridge");
    await createPerson("member", ["techbridge"]);
    await sendDueReminders({ now: new Date() });
    await delivered();
    return { first, second, tokens: [tokenIn(mailsTo(first)[0]?.text ?? ""), tokenIn(mailsTo(second)[0]?.text ?? "")] };
  }
  const verified = async (slug: string) => (await db.entry.findUniqueOrThrow({ where: { slug }, select: { lastVerifiedAt: true } })).lastVerifiedAt;

  it("is not used by opening it, confirms once by its member with the audit event, and is then used up", async () => {
    const { first, tokens } = await remind();
    const [token] = tokens;
    expect(await reminderLinkState(token)).toMatchObject({ state: "valid", slug: "quakesafe" });
    expect(await reminderLinkState(token)).toMatchObject({ state: "valid" });
    const before = await verified("quakesafe");
    const started = Date.now();

    const [once, twice] = await Promise.all([confirmByReminderLink({ token }), confirmByReminderLink({ token })]);
    const [done, refused] = once.ok ? [once, twice] : [twice, once];
    expect(done).toMatchObject({ ok: true, slug: "quakesafe" });
    expect(refused).toMatchObject({ ok: false, code: "conflict", message: LINK_USED });
    expect((await verified("quakesafe"))?.getTime()).toBeGreaterThanOrEqual(started - 1000);
    const events = await db.auditEvent.findMany({ where: { action: "entry.verified", actorId: first.id } });
    expect(events).toHaveLength(1);
    expect(events[0]?.details).toEqual({ slug: "quakesafe", previous: before?.toISOString(), via: "reminder-link" });

    const used = await reminderLinkState(token);
    expect(used).toMatchObject({ state: "used", slug: "quakesafe" });
    expect(linkStatus(used)).toBe(410);
  });

  it("is refused once a colleague has confirmed, when expired, when unknown, and after its member left", async () => {
    const { first, second, tokens } = await remind();
    const [firstToken, secondToken] = tokens;
    expect(await confirmByReminderLink({ token: firstToken })).toMatchObject({ ok: true });
    // The colleague's link: the entry is verified again already.
    expect(await confirmByReminderLink({ token: secondToken })).toMatchObject({ ok: false, message: LINK_SUPERSEDED });
    expect(await reminderLinkState(secondToken)).toMatchObject({ state: "superseded" });

    // A new cycle, a year on, to try expiry and leaving.
    await db.entry.update({ where: { slug: "quakesafe" }, data: { lastVerifiedAt: monthsAgo(14) } });
    await sendDueReminders({ now: new Date() });
    await delivered();
    const [expiring, leaving] = [first, second].map((p) => tokenIn(mailsTo(p).at(-1)?.text ?? ""));
    await db.verificationLink.updateMany({ where: { user: { id: first.id }, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000), createdAt: new Date(Date.now() - 31 * DAY) } });
    const before = await verified("quakesafe");
    expect(await confirmByReminderLink({ token: expiring })).toMatchObject({ ok: false, code: "conflict", message: LINK_EXPIRED });
    expect(linkStatus(await reminderLinkState(expiring))).toBe(410);

    await db.membership.deleteMany({ where: { userId: second.id } });
    expect(await reminderLinkState(leaving)).toMatchObject({ state: "forbidden" });
    expect(await confirmByReminderLink({ token: leaving })).toMatchObject({ ok: false, code: "forbidden", message: ONLY_OWNERS_CONFIRM });
    // Refused, so not used up.
    expect((await db.verificationLink.findUniqueOrThrow({ where: { tokenHash: hashToken(leaving ?? "") } })).usedAt).toBeNull();
    expect(await verified("quakesafe")).toEqual(before);

    for (const token of ["", "not-a-token", "A".repeat(43), `${firstToken}x`]) {
      expect(await confirmByReminderLink({ token })).toMatchObject({ ok: false, code: "not_found", message: LINK_UNKNOWN });
      expect(linkStatus(await reminderLinkState(token))).toBe(400);
    }
  });

  it("confirms its own entry only, whatever else is sent with it", async () => {
    const { tokens } = await remind();
    const techbridge = await verified("techbridge");
    expect(await confirmByReminderLink({ token: tokens[0], slug: "techbridge" })).toMatchObject({ ok: true, slug: "quakesafe" });
    expect(await verified("techbridge")).toEqual(techbridge);
  });

  it("is deleted a month after it expired", async () => {
    await remind();
    const links = await db.verificationLink.count();
    expect(links).toBeGreaterThanOrEqual(3);
    const now = new Date();
    expect(await pruneReminderLinks(new Date(now.getTime() + 59 * DAY))).toBe(0);
    expect(await pruneReminderLinks(new Date(now.getTime() + 61 * DAY))).toBe(links);
  });
});

describe("the cycle", () => {
  it("starts again with each confirmation: the reminder comes a year later, once", async () => {
    const member = await createPerson("member", ["quakesafe"]);
    await due("quakesafe");
    await sendDueReminders({ now: new Date() });
    await delivered();
    expect(await confirmByReminderLink({ token: tokenIn(mailsTo(member)[0]?.text ?? "") })).toMatchObject({ ok: true });
    const ownMails = () => mailsTo(member).filter((m) => m.text.includes("/contributions/edit/quakesafe"));

    const in11Months = new Date(Date.now() + 335 * DAY);
    await sendDueReminders({ now: in11Months });
    await delivered();
    expect(ownMails()).toHaveLength(1);

    const inAYear = new Date(Date.now() + 367 * DAY);
    await sendDueReminders({ now: inAYear });
    await sendDueReminders({ now: inAYear });
    await delivered();
    expect(ownMails()).toHaveLength(2);
    expect(await reminderLinkState(tokenIn(ownMails()[1]?.text ?? ""))).toMatchObject({ state: "valid", slug: "quakesafe" });
  });
});

describe("a batch's cost", () => {
  // At 50 000 entries each batch sorted every due entry (1.2 s) before taking 20. The
  // batch must come in order from an index, and after the cursor, whatever the table's size.
  async function plan(after: Cursor): Promise<string> {
    const dueBefore = new Date().toISOString();
    return db.$transaction(async (tx) => {
      // Forbid the sort, so a plan with one means there is no index to read the order from.
      await tx.$executeRaw`SET LOCAL enable_sort = off`;
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      const rows = await tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${dueEntriesQuery(dueBefore, 20, after)}`);
      return rows.map((r) => r["QUERY PLAN"]).join("\n");
    });
  }

  it("reads the due entries in order from the verification index, without sorting them", async () => {
    const first = await plan(null);
    expect(first).toContain("entries_verification_due_idx");
    expect(first).not.toMatch(/\bSort\b/);
    const later = await plan({ dueAt: "2024-01-01 09:00:00", id: "00000000-0000-0000-0000-000000000000" });
    expect(later).toMatch(/Index Cond: .*ROW\(COALESCE/);
    expect(later).not.toMatch(/\bSort\b/);
  });

  it("passes the entries before the cursor, so each batch starts where the last ended", async () => {
    const entries = await ownEntries(3, 13);
    await due(...entries.map((e) => e.slug));
    const dueBefore = monthsAgo(12).toISOString();
    const read = (after: Cursor) => db.$queryRaw<{ slug: string; id: string; due_at: string }[]>(Prisma.sql`SELECT slug, id, due_at FROM (${dueEntriesQuery(dueBefore, 1, after)}) d`);
    const seen: string[] = [];
    let after: Cursor = null;
    for (let i = 0; i < 4; i++) {
      const [row] = await read(after);
      if (!row) break;
      seen.push(row.slug);
      after = { dueAt: row.due_at, id: row.id };
    }
    expect(seen.sort()).toEqual(entries.map((e) => e.slug).sort());
  });
});
