import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { getPublishedEntry } from "../../lib/catalogue/entries";
import { db } from "../../lib/db";
import { acceptEvidenceProposal, ALREADY_DECIDED, declineEvidenceProposal, ONLY_MODERATORS_DECIDE } from "../../lib/evidence/decide";
import { listEntryEvidenceProposals, listOwnEvidenceProposals, listPendingEvidenceProposals, ownPendingEvidenceProposal } from "../../lib/evidence/proposal-lists";
import { EVIDENCE_PROPOSAL_GONE } from "../../lib/evidence/proposal-schema";
import { ALREADY_PROPOSED, ONLY_OWNERS_PROPOSE_EVIDENCE, proposeEvidence, SIGN_IN_TO_PROPOSE_EVIDENCE } from "../../lib/evidence/propose";
import { withdrawEvidenceProposal } from "../../lib/evidence/withdraw";
import { WEB_ADDRESS_MESSAGE } from "../../lib/forms/web-address";
import { listNotifications } from "../../lib/notifications/notifications";
import { archiveEntry, restoreEntry } from "../../lib/submissions/archive";
import { createPerson } from "./support/people";
import { withSmtpMailbox } from "./support/smtp-mailbox";

// Issue 16: members of the organisation that owns an entry propose evidence
// with a link; a moderator accepts it (which assesses the entry, in the same
// transaction) or declines it with a reason; the proposer hears of either,
// and every step is in the audit log. On a real PostgreSQL, mail through a
// real SMTP server.

const SLUG = "valnalon";
const REPORT = "https://example.org/valnalon-evaluation-2023.pdf";
const TITLE = "Valnalón – Ciudad Industrial del Valle del Nalón";
const NOTE = "The 2023 evaluation report measured participation and learning outcomes in 40 schools.";

let member: Actor;
let colleague: Actor;
let outsider: Actor;
let moderator: Actor;

beforeAll(async () => {
  member = await createPerson("member", [SLUG]);
  colleague = await createPerson("member", [SLUG]);
  outsider = await createPerson("member", ["quakesafe"]);
  moderator = await createPerson("moderator");
});

const proposal = (overrides: Record<string, unknown> = {}) => ({ slug: SLUG, level: "evaluated", url: REPORT, note: NOTE, ...overrides });

async function entryId(slug = SLUG): Promise<string> {
  return (await db.entry.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}

/** The entry's evidence events after the given one, oldest first. */
async function auditTrail(after: bigint) {
  const events = await db.auditEvent.findMany({ where: { id: { gt: after }, subjectId: await entryId(), action: { startsWith: "entry.evidence" } }, orderBy: { id: "asc" } });
  return events.map((e) => [e.action, e.actorId]);
}

async function lastAuditId(): Promise<bigint> {
  return (await db.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0n;
}

async function proposed(by: Actor, overrides: Record<string, unknown> = {}): Promise<string> {
  const result = await proposeEvidence(by, proposal(overrides));
  if (!result.ok) throw new Error(`could not propose: ${result.message}`);
  return result.proposalId;
}

describe("proposing evidence", () => {
  it("is for members of the organisation that owns the entry: not visitors, other members or moderators", async () => {
    expect(await proposeEvidence(null, proposal())).toMatchObject({ ok: false, code: "forbidden", message: SIGN_IN_TO_PROPOSE_EVIDENCE });
    expect(await proposeEvidence(outsider, proposal())).toMatchObject({ ok: false, code: "forbidden", message: ONLY_OWNERS_PROPOSE_EVIDENCE });
    // Moderators assess directly; a proposal is for the people behind the entry.
    expect(await proposeEvidence(moderator, proposal())).toMatchObject({ ok: false, code: "forbidden" });
    expect(await proposeEvidence(member, proposal({ slug: "no-such-entry" }))).toMatchObject({ ok: false, code: "not_found" });
    expect(await db.evidenceProposal.count()).toBe(0);
  });

  it("says what is wrong with each field, and stores nothing", async () => {
    const wrong = await proposeEvidence(member, proposal({ level: "proven", url: "javascript:alert(1)", note: "  " }));
    expect(wrong.ok ? {} : wrong.fieldErrors).toMatchObject({
      url: [WEB_ADDRESS_MESSAGE],
      note: ["Say in a sentence or two what the evidence shows."],
    });
    expect(wrong.ok ? [] : Object.keys(wrong.fieldErrors).sort()).toEqual(["level", "note", "url"]);
    const empty = await proposeEvidence(member, proposal({ url: "" }));
    expect(empty.ok ? [] : empty.fieldErrors.url).toEqual([WEB_ADDRESS_MESSAGE]);
    const long = await proposeEvidence(member, proposal({ note: "n".repeat(1001) }));
    expect(long.ok ? [] : Object.keys(long.fieldErrors)).toEqual(["note"]);
    expect(await db.evidenceProposal.count()).toBe(0);
  });

  it("allows one pending proposal per entry and proposer; colleagues propose their own", async () => {
    const first = await proposed(member);
    expect(await proposeEvidence(member, proposal({ url: "https://example.org/another.pdf" }))).toMatchObject({ ok: false, code: "conflict", message: ALREADY_PROPOSED });
    const second = await proposed(colleague, { level: "impact", url: "https://example.org/independent-study" });
    expect(first).not.toBe(second);
    expect((await ownPendingEvidenceProposal(member, SLUG))?.url).toBe(REPORT);
    // The database holds the same rule, whoever writes.
    await expect(db.evidenceProposal.create({ data: { entryId: await entryId(), proposerId: member.id, level: "described", url: REPORT, note: "x" } })).rejects.toThrow();
    await db.evidenceProposal.deleteMany();
  });

  it("is refused by the database outside its rules", async () => {
    const id = await entryId("quakesafe");
    const base = { entryId: id, proposerId: outsider.id, level: "evaluated", url: REPORT, note: NOTE };
    await expect(db.evidenceProposal.create({ data: { ...base, level: "proven" } })).rejects.toThrow();
    await expect(db.evidenceProposal.create({ data: { ...base, url: "javascript:alert(1)" } })).rejects.toThrow();
    await expect(db.evidenceProposal.create({ data: { ...base, note: " " } })).rejects.toThrow();
    await expect(db.evidenceProposal.create({ data: { ...base, state: "maybe" } })).rejects.toThrow();
    await expect(db.evidenceProposal.create({ data: { ...base, state: "declined", decidedAt: new Date() } })).rejects.toThrow();
    await expect(db.evidenceProposal.create({ data: { ...base, state: "accepted" } })).rejects.toThrow();
    await expect(db.evidenceProposal.create({ data: { ...base, decidedAt: new Date() } })).rejects.toThrow();
    expect(await db.evidenceProposal.count()).toBe(0);
  });
});

describe("withdrawing proposed evidence", () => {
  it("is for the proposer while it is pending: it leaves the queue, stays on record and may be proposed again", async () => {
    await db.evidenceProposal.deleteMany();
    const before = await lastAuditId();
    const id = await proposed(member);
    // Nobody else's, and nobody is told it exists.
    for (const other of [null, colleague, outsider, moderator]) {
      expect(await withdrawEvidenceProposal(other, { proposalId: id })).toMatchObject({ ok: false, code: "not_found", message: EVIDENCE_PROPOSAL_GONE });
    }
    expect(await withdrawEvidenceProposal(member, { proposalId: "not-an-id" })).toMatchObject({ ok: false, code: "invalid" });

    expect(await withdrawEvidenceProposal(member, { proposalId: id })).toEqual({ ok: true, slug: SLUG });
    expect(await listPendingEvidenceProposals(moderator)).toMatchObject({ total: 0 });
    expect(await ownPendingEvidenceProposal(member, SLUG)).toBeNull();
    expect((await listOwnEvidenceProposals(member)).items.map((p) => [p.id, p.state])).toEqual([[id, "withdrawn"]]);
    expect(await auditTrail(before)).toEqual([
      ["entry.evidence_proposed", member.id],
      ["entry.evidence_proposal_withdrawn", member.id],
    ]);

    // Once withdrawn, nobody decides on it, and it is not withdrawn twice.
    expect(await acceptEvidenceProposal(moderator, { proposalId: id, level: "evaluated", justification: "The report." })).toMatchObject({ ok: false, code: "conflict", message: ALREADY_DECIDED });
    expect(await withdrawEvidenceProposal(member, { proposalId: id })).toMatchObject({ ok: false, code: "conflict", message: ALREADY_DECIDED });
    expect(await proposed(member, { url: "https://example.org/the-right-report.pdf" })).not.toBe(id);
    await db.evidenceProposal.deleteMany();
  });

  it("comes too late once a moderator has decided", async () => {
    const id = await proposed(member);
    expect(await declineEvidenceProposal(moderator, { proposalId: id, reason: "The link is a press release." })).toMatchObject({ ok: true });
    expect(await withdrawEvidenceProposal(member, { proposalId: id })).toMatchObject({ ok: false, code: "conflict", message: ALREADY_DECIDED });
    expect((await db.evidenceProposal.findUniqueOrThrow({ where: { id } })).state).toBe("declined");
    await db.evidenceProposal.deleteMany();
  });
});

describe("deciding on proposed evidence", () => {
  const mails = withSmtpMailbox();
  const mailTo = (who: Actor, text: string) => mails.find((m) => m.to.includes(who.email) && m.text.includes(text));

  it("is for moderators only; moderators hear of each new proposal and see it listed", async () => {
    const id = await proposed(member);
    await expect.poll(() => mailTo(moderator, `Evidence proposed for “${TITLE}”`)).toBeDefined();
    expect((await listNotifications(moderator)).map((n) => n.href)).toContain(`/moderation/entries/${SLUG}#evidence-proposals`);

    expect(await listPendingEvidenceProposals(member)).toBeNull();
    expect(await listEntryEvidenceProposals(member, SLUG)).toEqual([]);
    const queue = await listPendingEvidenceProposals(moderator);
    expect(queue?.total).toBe(1);
    expect(queue?.items[0]).toMatchObject({ id, level: "evaluated", url: REPORT, note: NOTE, entry: { slug: SLUG }, proposer: { email: member.email } });
    expect((await listEntryEvidenceProposals(moderator, SLUG)).map((p) => p.id)).toEqual([id]);

    const accept = { proposalId: id, level: "evaluated", justification: "The evaluation report of 2023." };
    expect(await acceptEvidenceProposal(member, accept)).toMatchObject({ ok: false, code: "forbidden", message: ONLY_MODERATORS_DECIDE });
    expect(await declineEvidenceProposal(member, { proposalId: id, reason: "No." })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await acceptEvidenceProposal(null, accept)).toMatchObject({ ok: false, code: "forbidden" });
    expect((await db.evidenceProposal.findUniqueOrThrow({ where: { id } })).state).toBe("pending");
    await db.evidenceProposal.deleteMany();
  });

  it("accepting assesses the entry with the proposal's link, audits each step and tells the proposer", async () => {
    await db.evidenceProposal.deleteMany();
    const before = await lastAuditId();
    const id = await proposed(member);
    const bad = await acceptEvidenceProposal(moderator, { proposalId: id, level: "none", justification: "" });
    expect(bad.ok ? [] : Object.keys(bad.fieldErrors).sort()).toEqual(["justification", "level"]);
    expect(await acceptEvidenceProposal(moderator, { proposalId: "00000000-0000-4000-8000-000000000000", level: "evaluated", justification: "x" })).toMatchObject({
      ok: false,
      code: "not_found",
      message: EVIDENCE_PROPOSAL_GONE,
    });

    // The moderator may settle on another level than the one proposed; the link is the proposal's.
    const justification = "An external evaluation (2023) compared participating schools with others.";
    expect(await acceptEvidenceProposal(moderator, { proposalId: id, level: "impact", justification })).toEqual({ ok: true, slug: SLUG });
    expect((await getPublishedEntry(SLUG))?.evidence).toMatchObject({ level: "impact", justification, evidenceUrl: REPORT });
    expect(await db.evidenceProposal.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "accepted", decidedById: moderator.id, decisionReason: null });
    expect(await ownPendingEvidenceProposal(member, SLUG)).toBeNull();

    // Decided once: a second decision is told so, and changes nothing.
    expect(await acceptEvidenceProposal(moderator, { proposalId: id, level: "described", justification: "again" })).toMatchObject({ ok: false, code: "conflict", message: ALREADY_DECIDED });
    expect(await declineEvidenceProposal(moderator, { proposalId: id, reason: "late" })).toMatchObject({ ok: false, code: "conflict" });
    expect((await getPublishedEntry(SLUG))?.evidence?.level).toBe("impact");

    expect(await auditTrail(before)).toEqual([
      ["entry.evidence_proposed", member.id],
      ["entry.evidence_assessed", moderator.id],
      ["entry.evidence_proposal_accepted", moderator.id],
    ]);
    const accepted = await db.auditEvent.findFirstOrThrow({ where: { action: "entry.evidence_proposal_accepted" } });
    expect(accepted.details).toMatchObject({ slug: SLUG, proposalId: id, proposed: "evaluated", level: "impact", url: REPORT });

    const notices = await listNotifications(member);
    expect(notices[0]).toMatchObject({ message: `Your evidence for “${TITLE}” is accepted: the entry is now assessed as “Evidence of impact”`, href: `/entries/${SLUG}` });
    expect((await listNotifications(member, "de"))[0]?.message).toBe(`Ihre Evidenz für „${TITLE}“ ist angenommen: Der Eintrag ist jetzt als „Wirkung belegt“ bewertet`);
    await expect.poll(() => mailTo(member, justification)).toBeDefined();
    expect(mailTo(member, justification)?.subject).toContain("is accepted");
  });

  it("declining needs a reason, which the proposer reads in the app and by mail; they may then propose again", async () => {
    const id = await proposed(member, { url: "https://example.org/blog-post" });
    const empty = await declineEvidenceProposal(moderator, { proposalId: id, reason: "  " });
    expect(empty.ok ? [] : empty.fieldErrors.reason).toEqual(["Give the reason"]);

    const reason = "A blog post by the organisers is not an evaluation: send the report itself.";
    expect(await declineEvidenceProposal(moderator, { proposalId: id, reason })).toEqual({ ok: true, slug: SLUG });
    expect(await db.evidenceProposal.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "declined", decidedById: moderator.id, decisionReason: reason });
    // The assessment made before stands.
    expect((await getPublishedEntry(SLUG))?.evidence?.level).toBe("impact");
    const declined = await db.auditEvent.findFirstOrThrow({ where: { action: "entry.evidence_proposal_declined" }, orderBy: { id: "desc" } });
    expect(declined).toMatchObject({ actorId: moderator.id, details: { proposalId: id, reason, url: "https://example.org/blog-post" } });

    expect((await listNotifications(member))[0]).toMatchObject({ message: `Your evidence for “${TITLE}” was not accepted`, href: "/contributions#evidence-proposals" });
    await expect.poll(() => mailTo(member, reason)).toBeDefined();
    const own = await listOwnEvidenceProposals(member);
    expect(own.items[0]).toMatchObject({ id, state: "declined", decisionReason: reason });
    expect(await listOwnEvidenceProposals(colleague)).toMatchObject({ total: 0 });

    expect((await proposeEvidence(member, proposal())).ok).toBe(true);
  });

  it("leaves the proposal pending when the assessment cannot be made (the entry was archived)", async () => {
    await db.evidenceProposal.deleteMany({ where: { state: "pending" } });
    const id = await proposed(colleague);
    expect((await archiveEntry(moderator, { slug: SLUG, reason: "Testing an archived entry." })).ok).toBe(true);
    try {
      expect(await listPendingEvidenceProposals(moderator)).toMatchObject({ total: 0 });
      expect(await acceptEvidenceProposal(moderator, { proposalId: id, level: "evaluated", justification: "The report." })).toMatchObject({ ok: false, code: "not_found" });
      expect((await db.evidenceProposal.findUniqueOrThrow({ where: { id } })).state).toBe("pending");
      expect(await db.auditEvent.count({ where: { action: "entry.evidence_proposal_accepted", details: { path: ["proposalId"], equals: id } } })).toBe(0);
    } finally {
      expect((await restoreEntry(moderator, { slug: SLUG, reason: "Back after the test." })).ok).toBe(true);
    }
    expect((await listPendingEvidenceProposals(moderator))?.items.map((p) => p.id)).toEqual([id]);
  });
});
