import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { db } from "../../lib/db";
import { mailDelivered } from "../../lib/mail/outbox";
import { countUnread, notify, openNotification } from "../../lib/notifications/notifications";
import { archiveEntry } from "../../lib/submissions/archive";
import { reviewProposal } from "../../lib/submissions/review";
import { withSmtpMailbox } from "./support/smtp-mailbox";
import { createPerson, organisationId } from "./support/people";
import { submitDraft } from "./support/proposals";

// Every moderation decision reaches the proposal's author by mail, with the
// moderator's words; opening a notification reads it.

let author: Actor;
let colleague: Actor;
let moderator: Actor;
let quakesafe: string;

beforeAll(async () => {
  author = await createPerson("member", ["quakesafe"]);
  colleague = await createPerson("member", ["quakesafe"]);
  moderator = await createPerson("moderator");
  quakesafe = await organisationId("quakesafe");
});

const submitted = () => submitDraft(author, quakesafe);

describe("decisions by mail, through a real SMTP server", () => {
  const mails = withSmtpMailbox();

  const mailTo = (who: Actor, text: string) => mails.find((m) => m.to.includes(who.email) && m.text.includes(text));

  it("tell the author what to change, with the moderator's comments on the fields", async () => {
    const proposal = await submitted();
    const result = await reviewProposal(moderator, {
      decision: "request_changes",
      proposalId: proposal.id,
      expectedVersion: proposal.version,
      comment: "Please say which schools took part.",
      fieldComments: { reach: "How many pupils?" },
    });
    expect(result.ok).toBe(true);
    await expect.poll(() => mailTo(author, `Changes requested on “${proposal.content.title}”`)).toBeDefined();
    const mail = mailTo(author, `Changes requested on “${proposal.content.title}”`);
    expect(mail?.text).toContain("Please say which schools took part.");
    expect(mail?.text).toContain("- Reach: How many pupils?");
    expect(mail?.text).toContain(`/contributions/${proposal.id}`);
    await expect.poll(() => mailTo(colleague, `Changes requested on “${proposal.content.title}”`)).toBeDefined();
  });

  it("tell the author of an approval and of a rejection, with the reason", async () => {
    const approved = await submitted();
    await reviewProposal(moderator, { decision: "approve", proposalId: approved.id, expectedVersion: approved.version });
    await expect.poll(() => mailTo(author, `Approved and published: “${approved.content.title}”`)).toBeDefined();

    const rejected = await submitted();
    await reviewProposal(moderator, { decision: "reject", proposalId: rejected.id, expectedVersion: rejected.version, comment: "Already listed elsewhere." });
    await expect.poll(() => mailTo(author, "Already listed elsewhere.")).toBeDefined();
  });

  it("reach an author who has since left the organisation", async () => {
    const proposal = await submitted();
    await db.membership.updateMany({ where: { userId: author.id }, data: { state: "removed" } });
    try {
      await reviewProposal(moderator, { decision: "reject", proposalId: proposal.id, expectedVersion: proposal.version, comment: "Out of scope." });
      await expect.poll(() => mailTo(author, `Not accepted: “${proposal.content.title}”`)).toBeDefined();
    } finally {
      await db.membership.updateMany({ where: { userId: author.id }, data: { state: "active" } });
    }
  });

  it("tell the organisation when its entry is archived", async () => {
    await archiveEntry(moderator, { slug: "quakesafe", reason: "The project ended in 2020." });
    await expect.poll(() => mailTo(colleague, "The project ended in 2020.")).toBeDefined();
  });
});

describe("decisions by mail, without a mail server", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "clearinghouse-mail-"));
  const previous = process.env.DATA_DIR;
  beforeAll(() => {
    delete process.env.SMTP_URL;
    process.env.DATA_DIR = dataDir;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = previous;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("are written to DATA_DIR/mail like every other mail of the site", async () => {
    const proposal = await submitted();
    await reviewProposal(moderator, { decision: "request_changes", proposalId: proposal.id, expectedVersion: proposal.version, comment: "Add a source." });
    await mailDelivered(); // queued with the decision, sent right after it commits
    const mails = fs.readdirSync(path.join(dataDir, "mail")).map((f) => fs.readFileSync(path.join(dataDir, "mail", f), "utf8"));
    expect(mails.some((m) => m.includes(`To: ${author.email}`) && m.includes("Add a source."))).toBe(true);
  });
});

describe("a notification's mail", () => {
  it("is queued in the change's transaction: kept when it commits, gone when it rolls back", async () => {
    const reader = await createPerson("member");
    await db.user.update({ where: { id: reader.id }, data: { locale: "de" } });
    const notice = { key: "entryArchived", params: { title: "QUAKESAFE", reason: "Beendet." }, href: "/contributions" } as const;

    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, [reader.id], notice);
        throw new Error("the change failed after the notice was written");
      }),
    ).rejects.toThrow();
    expect(await db.mailOutbox.count({ where: { recipient: reader.email } })).toBe(0);
    expect(await countUnread(reader.id)).toBe(0);

    await db.$transaction((tx) => notify(tx, [reader.id], notice, { comment: "Das Programm endete 2024." }));
    const [queued] = await db.mailOutbox.findMany({ where: { recipient: reader.email } });
    // In the outbox, so a process that dies after the commit does not lose it; in the reader's language.
    expect(queued?.subject).toContain("QUAKESAFE");
    expect(queued?.text).toContain("Das Programm endete 2024.");
    expect(queued?.text).toContain("/de/contributions");
    expect(await countUnread(reader.id)).toBe(1);
  });
});

describe("opening a notification", () => {
  it("marks it read, so the unread count drops, and leads where it points", async () => {
    const reader = await createPerson("member", ["quakesafe"]);
    const [notice] = await db.notification.createManyAndReturn({ data: [{ userId: reader.id, message: "Hello", href: "/contributions/x" }] });
    if (!notice) throw new Error("no notification");
    expect(await countUnread(reader.id)).toBe(1);
    expect(await openNotification(reader, notice.id)).toBe("/contributions/x");
    expect(await countUnread(reader.id)).toBe(0);
    expect(await openNotification(reader, notice.id)).toBe("/contributions/x"); // read twice is fine
  });

  it("is only for its owner, and never leaves the site", async () => {
    const owner = await createPerson("member");
    const stranger = await createPerson("member");
    const [notice, odd] = await db.notification.createManyAndReturn({
      data: [
        { userId: owner.id, message: "Yours", href: "/contributions" },
        { userId: owner.id, message: "Odd", href: "/\t/example.com" },
      ],
    });
    if (!notice || !odd) throw new Error("no notification");
    expect(await openNotification(stranger, notice.id)).toBeNull();
    expect(await openNotification(stranger, "not-a-uuid")).toBeNull();
    expect(await countUnread(owner.id)).toBe(2);
    expect(await openNotification(owner, odd.id)).toBe("/notifications");
  });
});
