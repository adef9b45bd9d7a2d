import { afterAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { maintenanceJob } from "../../lib/jobs/maintenance";
import { registerJobs, requestJobRun, runDueJobs, type JobDefinition } from "../../lib/jobs/runner";
import { deliverAllMail, deliverMail, enqueueMail, MAX_MAIL_ATTEMPTS, pruneMailOutbox } from "../../lib/mail/outbox";
import { withSmtpMailbox } from "./support/smtp-mailbox";

// Jobs run once however many runners there are, a runner that dies gives its
// job back when the lease runs out, and the mail outbox sends each committed
// mail once, even when the sender dies mid-batch.

afterAll(() => db.$disconnect());

const seconds = (from: Date, n: number) => new Date(from.getTime() + n * 1000);

/** A job that counts its runs, and waits for `release` when one is given (a run in progress). */
function countingJob(name: string, release?: Promise<void>) {
  const runs: string[] = [];
  const job: JobDefinition = {
    name,
    everySeconds: 3600,
    leaseSeconds: 60,
    async run({ runner }) {
      runs.push(runner);
      if (release) await release;
      return `run ${runs.length}`;
    },
  };
  return { job, runs };
}

describe("jobs", () => {
  it("run once when two runners look at the same time, and not again before they are due", async () => {
    const { job, runs } = countingJob("test.two-runners");
    await registerJobs([job]);
    const [first, second] = await Promise.all([runDueJobs([job], { runner: "a" }), runDueJobs([job], { runner: "b" })]);
    expect(runs).toHaveLength(1);
    expect(first.length + second.length).toBe(1);
    expect(await runDueJobs([job], { runner: "c" })).toEqual([]);
    const row = await db.job.findUniqueOrThrow({ where: { name: job.name } });
    expect(row.lastOutcome).toBe("run 1");
    expect(row.lockedUntil).toBeNull();
    expect(row.dueAt.getTime() - (row.lastFinishedAt?.getTime() ?? 0)).toBe(3600 * 1000);
  });

  it("run again elsewhere when the runner holding one died, and the dead run cannot record its end", async () => {
    let release = () => {};
    const hanging = countingJob("test.crash", new Promise<void>((resolve) => (release = resolve)));
    await registerJobs([hanging.job]);
    // Runner a claims the job and never finishes (as if its process had died).
    const stuck = runDueJobs([hanging.job], { runner: "a" });
    await expect.poll(() => hanging.runs.length).toBe(1);

    const { job, runs } = countingJob("test.crash");
    expect(await runDueJobs([job], { runner: "b" })).toEqual([]);
    const start = (await db.job.findUniqueOrThrow({ where: { name: job.name } })).lastStartedAt ?? new Date();
    expect(await runDueJobs([job], { runner: "b", now: seconds(start, 30) })).toEqual([]);
    const taken = await runDueJobs([job], { runner: "b", now: seconds(start, 61) });
    expect(taken.map((r) => r.outcome)).toEqual(["run 1"]);
    expect(runs).toEqual(["b"]);

    // Runner a comes back: its end is not recorded over b's.
    release();
    await stuck;
    const row = await db.job.findUniqueOrThrow({ where: { name: job.name } });
    expect(row.lastOutcome).toBe("run 1");
    expect(row.lastFinishedAt?.toISOString()).toBe(seconds(start, 61).toISOString());
  });

  it("record a failed run, try it again within a minute, and run at once when asked to", async () => {
    const failing: JobDefinition = { name: "test.failing", everySeconds: 3600, run: () => Promise.reject(new Error("SMTP away")) };
    await registerJobs([failing]);
    const [report] = await runDueJobs([failing], { runner: "a" });
    expect(report).toEqual({ name: "test.failing", ok: false, outcome: "SMTP away" });
    const row = await db.job.findUniqueOrThrow({ where: { name: failing.name } });
    expect(row.lastError).toBe("SMTP away");
    expect(row.dueAt.getTime() - (row.lastFinishedAt?.getTime() ?? 0)).toBe(60_000);

    const { job, runs } = countingJob("test.asked");
    await registerJobs([job]);
    await runDueJobs([job], { runner: "a" });
    await requestJobRun(job.name);
    await runDueJobs([job], { runner: "a" });
    expect(runs).toHaveLength(2);
  });

  it("prune what is only kept for a while", async () => {
    await db.mailOutbox.create({ data: { recipient: "old@example.org", subject: "Old", text: "Old", sentAt: new Date(Date.now() - 40 * 24 * 3600 * 1000) } });
    const outcome = await maintenanceJob.run({ now: new Date(), runner: "test" });
    expect(outcome).toMatch(/Deleted \d+ delivered search changes, 1 old mails/);
    expect(await db.mailOutbox.count({ where: { recipient: "old@example.org" } })).toBe(0);
    expect(await pruneMailOutbox()).toBe(0);
  });
});

describe("the mail outbox, through a real SMTP server", () => {
  const mails = withSmtpMailbox();
  const to = (address: string) => mails.filter((m) => m.to.includes(address));

  it("sends nothing for a rolled-back change, and one mail per dedupe key", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await enqueueMail(tx, { to: "rolled@example.org", subject: "Never", text: "Never sent" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    const queued = await db.$transaction((tx) =>
      enqueueMail(tx, [
        { to: "once@example.org", subject: "Digest", text: "Hello", dedupeKey: "test:once" },
        { to: "once@example.org", subject: "Digest", text: "Hello", dedupeKey: "test:once" },
      ]),
    );
    expect(queued).toBe(1);
    expect(await db.$transaction((tx) => enqueueMail(tx, { to: "once@example.org", subject: "Digest", text: "Hello", dedupeKey: "test:once" }))).toBe(0);
    await deliverAllMail();
    expect(to("once@example.org")).toHaveLength(1);
    expect(to("rolled@example.org")).toHaveLength(0);
  });

  it("sends each mail once when the sender dies mid-batch and another takes over", async () => {
    const recipients = Array.from({ length: 5 }, (_, i) => `crash${i}@example.org`);
    await db.$transaction((tx) =>
      enqueueMail(tx, recipients.map((address, i) => ({
        to: address,
        subject: `Mail ${i}`,
        text: `Mail number ${i}`,
        replyTo: "visitor@example.org",
        headers: { "List-Unsubscribe": "<https://example.org/u>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
      }))),
    );
    let sent = 0;
    const crash = new Error("killed");
    await expect(deliverMail({ lockSeconds: 60, afterSend: () => { if (++sent === 2) throw crash; } })).rejects.toBe(crash);
    await expect.poll(() => recipients.filter((r) => to(r).length > 0).length).toBe(2);

    // The dead sender's claim holds the other three until its lease runs out.
    expect(await deliverMail({ lockSeconds: 60 })).toEqual({ sent: 0, failed: 0 });
    const later = seconds(new Date(), 61);
    expect(await deliverMail({ now: later })).toEqual({ sent: 3, failed: 0 });
    await expect.poll(() => recipients.every((r) => to(r).length === 1)).toBe(true);
    expect(recipients.map((r) => to(r).length)).toEqual([1, 1, 1, 1, 1]);
    const mail = to(recipients[0] ?? "")[0];
    expect(mail?.headers["reply-to"]).toBe("visitor@example.org");
    expect(mail?.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(mail?.headers["message-id"]).toMatch(/^<outbox-\d+\.[0-9a-f]{12}@/);
  });

  it("retries a mail the SMTP server did not take, and gives it up after many tries", async () => {
    const url = process.env.SMTP_URL;
    process.env.SMTP_URL = "smtp://127.0.0.1:9"; // nothing listens there
    try {
      await db.$transaction((tx) => enqueueMail(tx, { to: "retry@example.org", subject: "Retry", text: "Retry me" }));
      expect(await deliverMail()).toEqual({ sent: 0, failed: 1 });
      const row = await db.mailOutbox.findFirstOrThrow({ where: { recipient: "retry@example.org" } });
      expect(row.lastError).toBeTruthy();
      expect(row.availableAt.getTime()).toBeGreaterThan(Date.now() - 1000);
      expect(await deliverMail()).toEqual({ sent: 0, failed: 0 });
      await db.mailOutbox.update({ where: { id: row.id }, data: { attempts: MAX_MAIL_ATTEMPTS - 1, availableAt: new Date(0) } });
      expect(await deliverMail()).toEqual({ sent: 0, failed: 1 });
      expect((await db.mailOutbox.findUniqueOrThrow({ where: { id: row.id } })).failedAt).not.toBeNull();
    } finally {
      process.env.SMTP_URL = url;
    }
    expect(await deliverMail()).toEqual({ sent: 0, failed: 0 });
    expect(to("retry@example.org")).toHaveLength(0);
  });
});
