import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { getArchivedEntry } from "../../lib/catalogue/archived";
import { getPublishedEntry } from "../../lib/catalogue/entries";
import { lastCatalogueChange } from "../../lib/catalogue/entry-dates";
import { db } from "../../lib/db";
import { searchCatalogue } from "../../lib/search";
import { defaultSearchQuery } from "../../lib/search/query";
import { createProposal, saveDraft, startEdit, submitProposal } from "../../lib/submissions/proposals";
import { reviewProposal } from "../../lib/submissions/review";
import { getProposal } from "../../lib/submissions/views";
import { getEntryHistory, getEntryVersion } from "../../lib/submissions/history";
import { listQueue } from "../../lib/submissions/queue";
import { archiveEntry, restoreEntry } from "../../lib/submissions/archive";
import { findLikelyDuplicates } from "../../lib/submissions/duplicates";
import { consumeRateLimit } from "../../lib/rate-limit/postgres";
import { withSmtpMailbox } from "./support/smtp-mailbox";
import { createPerson, organisationId, programmeContent } from "./support/people";
import { submitDraft } from "./support/proposals";

// The contribution loop of DESIGN.md on a real PostgreSQL: draft → submitted →
// changes requested → resubmitted → approved, and edits of published entries.

let member: Actor;
let moderator: Actor;
let quakesafe: string;

beforeAll(async () => {
  member = await createPerson("member", ["quakesafe"]);
  moderator = await createPerson("moderator");
  quakesafe = await organisationId("quakesafe");
});

const submitted = (content = programmeContent()) => submitDraft(member, quakesafe, content);

/** How many entries have every word of the title (a search with only some of them is no match). */
async function entriesWithEveryWord(title: string): Promise<number> {
  const result = await searchTitle(title);
  return result.partial ? 0 : result.total;
}

async function searchTitle(title: string, country?: string) {
  const query = defaultSearchQuery();
  return searchCatalogue({ ...query, q: title, filters: { ...query.filters, country: country ? [country] : [] } });
}

describe("a new entry from draft to publication", () => {
  it("goes through changes requested and resubmission before it is public", async () => {
    const content = programmeContent();
    const draft = await createProposal(member, { organisationId: quakesafe, content: { kind: "programme", title: content.title } });
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;

    // A draft may be incomplete; submitting needs every required field.
    const incomplete = await submitProposal(member, { id: draft.id, expectedVersion: 1, content: { kind: "programme", title: content.title } });
    expect(incomplete).toMatchObject({ ok: false, code: "invalid" });
    expect(incomplete.ok ? {} : incomplete.fieldErrors).toHaveProperty("summary");

    const sent = await submitProposal(member, { id: draft.id, expectedVersion: 1, content });
    expect(sent).toEqual({ ok: true, version: 2 });
    expect((await listQueue(moderator, {}))?.map((q) => q.id)).toContain(draft.id);
    expect(await db.notification.count({ where: { userId: moderator.id, href: `/moderation/${draft.id}` } })).toBe(1);
    expect(await entriesWithEveryWord(content.title)).toBe(0);

    const noComment = await reviewProposal(moderator, { decision: "request_changes", proposalId: draft.id, expectedVersion: 2, comment: " " });
    expect(noComment).toMatchObject({ ok: false, code: "invalid" });
    const changes = await reviewProposal(moderator, {
      decision: "request_changes",
      proposalId: draft.id,
      expectedVersion: 2,
      comment: "Please name the schools.",
      fieldComments: { summary: "Which towns?" },
    });
    expect(changes).toMatchObject({ ok: true, state: "changes_requested" });
    expect(await db.notification.count({ where: { userId: member.id, href: `/contributions/${draft.id}` } })).toBe(1);

    const fixed = { ...content, summary: "After-school clubs in Skopje and Ohrid where pupils shake-test model buildings." };
    const resent = await submitProposal(member, { id: draft.id, expectedVersion: 3, content: fixed });
    expect(resent).toEqual({ ok: true, version: 4 });
    const view = await getProposal(moderator, draft.id);
    expect(view?.state).toBe("resubmitted");
    expect(view?.sinceReview?.map((c) => c.field)).toEqual(["summary"]);
    expect(view?.reviews[0]?.fieldComments).toEqual({ summary: "Which towns?" });

    const approved = await reviewProposal(moderator, { decision: "approve", proposalId: draft.id, expectedVersion: 4 });
    expect(approved).toMatchObject({ ok: true, state: "approved" });
    const slug = approved.ok ? approved.entrySlug : null;
    expect(slug).toMatch(/^seismic-safety-clubs-/);

    const entry = await getPublishedEntry(slug ?? "");
    expect(entry?.summary).toBe(fixed.summary);
    expect(entry?.links).toContainEqual(expect.objectContaining({ slug: "quakesafe", role: "organisation" }));
    expect((await searchTitle(content.title)).hits.map((h) => h.slug)).toContain(slug);
    expect((await searchTitle(content.title, "MK")).hits.map((h) => h.slug)).toContain(slug);

    const history = await getEntryHistory(moderator, slug ?? "");
    expect(history?.versions).toEqual([expect.objectContaining({ version: 1, approvedBy: moderator.email, proposalId: draft.id })]);
    const actions = await db.auditEvent.findMany({ where: { subjectId: draft.id }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual([
      "proposal.created",
      "proposal.submitted",
      "proposal.changes_requested",
      "proposal.resubmitted",
      "proposal.approved",
    ]);
  });

  it("can be rejected, with a reason, and then goes nowhere", async () => {
    const proposal = await submitted();
    expect(await reviewProposal(moderator, { decision: "reject", proposalId: proposal.id, expectedVersion: proposal.version, comment: "" })).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(
      await reviewProposal(moderator, { decision: "reject", proposalId: proposal.id, expectedVersion: proposal.version, comment: "Not a STEM programme." }),
    ).toMatchObject({ ok: true, state: "rejected" });
    expect(await submitProposal(member, { id: proposal.id, expectedVersion: proposal.version + 1, content: proposal.content })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await entriesWithEveryWord(proposal.content.title)).toBe(0);
  });

  it("refuses a save from a stale page", async () => {
    const created = await createProposal(member, { organisationId: quakesafe, content: { kind: "resource", title: "Shake table plans" } });
    if (!created.ok) throw new Error(created.message);
    expect(await saveDraft(member, { id: created.id, expectedVersion: 1, content: { kind: "resource", title: "Shake table plans v2" } })).toEqual({
      ok: true,
      version: 2,
    });
    expect(await saveDraft(member, { id: created.id, expectedVersion: 1, content: { kind: "resource", title: "An older tab" } })).toMatchObject({
      ok: false,
      code: "conflict",
    });
  });
});

describe("an edit of a published entry", () => {
  it("leaves the public entry unchanged until it is approved, then keeps both versions", async () => {
    const before = await getPublishedEntry("quakesafe");
    const edit = await startEdit(member, "quakesafe");
    if (!edit.ok) throw new Error(edit.message);
    expect(await startEdit(member, "quakesafe")).toEqual(edit); // one open edit per entry
    const view = await getProposal(member, edit.id);
    const content = { ...view?.content, summary: "QUAKESAFE teaches earthquake engineering to secondary pupils through hands-on models." };
    const sent = await submitProposal(member, { id: edit.id, expectedVersion: 1, content });
    if (!sent.ok) throw new Error(sent.message);

    expect((await getPublishedEntry("quakesafe"))?.summary).toBe(before?.summary);
    const review = await getProposal(moderator, edit.id);
    expect(review?.published?.content.summary).toBe(before?.summary);

    const approved = await reviewProposal(moderator, { decision: "approve", proposalId: edit.id, expectedVersion: sent.version });
    expect(approved).toMatchObject({ ok: true, entrySlug: "quakesafe" });
    expect((await getPublishedEntry("quakesafe"))?.summary).toBe(content.summary);
    const history = await getEntryHistory(moderator, "quakesafe");
    expect(history?.versions.map((v) => [v.version, v.approvedBy])).toEqual([
      [2, moderator.email],
      [1, "catalogue import"],
    ]);
    const second = await getEntryVersion(moderator, "quakesafe", 2);
    expect(second?.previousVersion).toBe(1);
    expect(second?.changes.filter((c) => c.changed).map((c) => c.field)).toEqual(["summary"]);
    expect(await getEntryVersion(member, "quakesafe", 2)).toBeNull();
    expect(await getEntryVersion(moderator, "quakesafe", 9)).toBeNull();
  });

  it("is refused to members of other organisations", async () => {
    const outsider = await createPerson("member", ["techbridge"]);
    expect(await startEdit(outsider, "quakesafe")).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("submissions", () => {
  it("are limited per member and hour, in the shared database", async () => {
    const busy = await createPerson("member", ["quakesafe"]);
    // Another instance has already counted 30 submissions of this member this hour.
    for (let i = 0; i < 30; i++) await consumeRateLimit(`submit:${busy.id}`, { limit: 30, windowSeconds: 3600 });
    const content = programmeContent();
    const created = await createProposal(busy, { organisationId: quakesafe, content });
    if (!created.ok) throw new Error(created.message);
    const refused = await submitProposal(busy, { id: created.id, expectedVersion: 1, content });
    expect(refused).toMatchObject({ ok: false, code: "rate_limited" });
    expect((await db.proposal.findUniqueOrThrow({ where: { id: created.id } })).state).toBe("draft");
  });
});

describe("two moderators at once", () => {
  it("lets exactly one approval through and tells the other", async () => {
    const other = await createPerson("moderator");
    const proposal = await submitted();
    const decide = (who: Actor) => reviewProposal(who, { decision: "approve", proposalId: proposal.id, expectedVersion: proposal.version });
    const outcomes = await Promise.all([decide(moderator), decide(other)]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.find((o) => !o.ok)).toMatchObject({ ok: false, code: "conflict" });
    const entryId = (await db.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).entryId;
    expect(await db.entryVersion.count({ where: { entryId: entryId ?? "" } })).toBe(1);
    expect(await db.review.count({ where: { proposalId: proposal.id } })).toBe(1);
    expect(await db.entry.count({ where: { title: proposal.content.title } })).toBe(1);
  });
});

describe("a failure in the middle of an approval", () => {
  it("leaves nothing half-applied", async () => {
    const proposal = await submitted();
    const generation = await db.$queryRaw<{ generation: bigint }[]>`SELECT generation FROM search_state`;
    const entries = await db.entry.count();
    const audit = await db.auditEvent.count();
    // A real failure inside the transaction, after the entry row is written.
    await db.$executeRawUnsafe(`
      CREATE FUNCTION fail_entry_versions() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER fail_entry_versions BEFORE INSERT ON entry_versions FOR EACH ROW EXECUTE FUNCTION fail_entry_versions()`);
    try {
      await expect(reviewProposal(moderator, { decision: "approve", proposalId: proposal.id, expectedVersion: proposal.version })).rejects.toThrow(
        /injected failure/,
      );
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER fail_entry_versions ON entry_versions`);
    }
    const after = await db.proposal.findUniqueOrThrow({ where: { id: proposal.id } });
    expect([after.state, after.version, after.entryId]).toEqual(["submitted", proposal.version, null]);
    expect(await db.entry.count()).toBe(entries);
    expect(await db.auditEvent.count()).toBe(audit);
    expect(await db.review.count({ where: { proposalId: proposal.id } })).toBe(0);
    expect(await db.$queryRaw<{ generation: bigint }[]>`SELECT generation FROM search_state`).toEqual(generation);
    expect(await entriesWithEveryWord(proposal.content.title)).toBe(0);

    // Nothing stuck: the same approval succeeds once the fault is gone.
    expect(await reviewProposal(moderator, { decision: "approve", proposalId: proposal.id, expectedVersion: proposal.version })).toMatchObject({
      ok: true,
    });
  });
});

describe("the audit log", () => {
  it("cannot be rewritten", async () => {
    await expect(db.$executeRaw`UPDATE audit_events SET action = 'forged'`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM audit_events`).rejects.toThrow(/append-only/);
  });
});

describe("notifications by mail", () => {
  const mails = withSmtpMailbox();

  it("reach the moderators on submission and the organisation on a decision", async () => {
    const proposal = await submitted();
    await expect.poll(() => mails.filter((m) => m.to.includes(moderator.email)).length).toBeGreaterThan(0);
    const toModerator = mails.find((m) => m.to.includes(moderator.email));
    expect(toModerator?.text).toContain(proposal.content.title);
    expect(toModerator?.text).toContain(`/moderation/${proposal.id}`);

    await reviewProposal(moderator, { decision: "reject", proposalId: proposal.id, expectedVersion: proposal.version, comment: "Already listed." });
    await expect.poll(() => mails.some((m) => m.to.includes(member.email) && m.text.includes(`Not accepted: “${proposal.content.title}”`))).toBe(true);
  });
});

describe("archiving", () => {
  it("takes an entry off the public site and out of search, with the reason on record", async () => {
    const proposal = await submitted();
    const approved = await reviewProposal(moderator, { decision: "approve", proposalId: proposal.id, expectedVersion: proposal.version });
    const slug = approved.ok ? (approved.entrySlug ?? "") : "";
    expect(await entriesWithEveryWord(proposal.content.title)).toBe(1);

    expect(await archiveEntry(moderator, { slug, reason: "" })).toMatchObject({ ok: false, code: "invalid" });
    expect(await archiveEntry(moderator, { slug, reason: "The programme ended in 2024." })).toEqual({ ok: true });
    expect(await getPublishedEntry(slug)).toBeNull();
    expect(await entriesWithEveryWord(proposal.content.title)).toBe(0);
    expect((await getEntryHistory(moderator, slug))?.archived?.reason).toBe("The programme ended in 2024.");
    expect(await archiveEntry(moderator, { slug, reason: "Twice." })).toMatchObject({ ok: false, code: "not_found" });

    // A mistaken archive is undone, also with a reason on record.
    expect(await restoreEntry(member, { slug, reason: "Still running." })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await restoreEntry(moderator, { slug, reason: "The programme continues in 2027." })).toEqual({ ok: true });
    expect((await getPublishedEntry(slug))?.title).toBe(proposal.content.title);
    expect(await entriesWithEveryWord(proposal.content.title)).toBe(1);
    const events = await db.auditEvent.findMany({ where: { subjectType: "entry", action: { in: ["entry.archived", "entry.restored"] } }, orderBy: { id: "asc" } });
    expect(events.slice(-2).map((e) => e.action)).toEqual(["entry.archived", "entry.restored"]);
  });

  it("keeps the entry's last content change as its last update, while feeds still see the catalogue change", async () => {
    const proposal = await submitted();
    const approved = await reviewProposal(moderator, { decision: "approve", proposalId: proposal.id, expectedVersion: proposal.version });
    const slug = approved.ok ? (approved.entrySlug ?? "") : "";
    const contentChange = new Date("2026-03-04T10:00:00Z");
    await db.entry.update({ where: { slug }, data: { updatedAt: contentChange } });

    const beforeArchive = new Date();
    expect(await archiveEntry(moderator, { slug, reason: "Checking whether it still runs." })).toEqual({ ok: true });
    expect((await lastCatalogueChange())?.getTime()).toBeGreaterThanOrEqual(beforeArchive.getTime() - 1000);
    const beforeRestore = new Date();
    expect(await restoreEntry(moderator, { slug, reason: "It still runs." })).toEqual({ ok: true });

    // Neither is a content change: the page's "last updated" stays.
    expect((await getPublishedEntry(slug))?.updatedAt).toEqual(contentChange);
    // But the public catalogue changed (the entry is back), so a feed's Last-Modified must move.
    expect((await lastCatalogueChange())?.getTime()).toBeGreaterThanOrEqual(beforeRestore.getTime() - 1000);
  });

  it("names a published successor, given by address or link, which the archived address then shows with the reason", async () => {
    const proposal = await submitted();
    const approved = await reviewProposal(moderator, { decision: "approve", proposalId: proposal.id, expectedVersion: proposal.version });
    const slug = approved.ok ? (approved.entrySlug ?? "") : "";
    const refusal = (result: Awaited<ReturnType<typeof archiveEntry>>) => (result.ok ? [] : result.fieldErrors.successor);

    expect(refusal(await archiveEntry(moderator, { slug, reason: "Merged.", successor: slug }))).toEqual(["An entry cannot take its own place."]);
    expect(refusal(await archiveEntry(moderator, { slug, reason: "Merged.", successor: "no-such-entry" }))).toEqual([
      "No published entry has the address “no-such-entry”. Search for it by its title.",
    ]);
    expect(await getPublishedEntry(slug)).not.toBeNull();
    expect(await getArchivedEntry(slug, "en")).toBeNull();

    const link = "https://clearinghouse.example/de/entries/quakesafe?from=mail#facts";
    expect(await archiveEntry(moderator, { slug, reason: "Merged into QUAKESAFE.", successor: link })).toEqual({ ok: true });
    expect(await getArchivedEntry(slug, "en")).toMatchObject({ slug, reason: "Merged into QUAKESAFE.", successor: { slug: "quakesafe" } });
    expect((await db.auditEvent.findFirst({ where: { action: "entry.archived" }, orderBy: { id: "desc" } }))?.details).toMatchObject({ slug, successor: "quakesafe" });

    // An archived entry cannot succeed another; restoring forgets the successor.
    const other = await submitted();
    const otherApproved = await reviewProposal(moderator, { decision: "approve", proposalId: other.id, expectedVersion: other.version });
    const otherSlug = otherApproved.ok ? (otherApproved.entrySlug ?? "") : "";
    expect(refusal(await archiveEntry(moderator, { slug: otherSlug, reason: "Gone.", successor: slug }))).toEqual([
      `“${proposal.content.title}” is archived itself: name an entry that is on the site.`,
    ]);
    expect(await restoreEntry(moderator, { slug, reason: "Not merged after all." })).toEqual({ ok: true });
    expect(await db.entry.findUnique({ where: { slug }, select: { archiveSuccessorId: true } })).toEqual({ archiveSuccessorId: null });
  });
});

describe("likely duplicates", () => {
  it("are published entries with a similar title, weighed up by organisation and country", async () => {
    const found = await findLikelyDuplicates({ title: "QUAKESAFE earthquake engineering", organisationId: quakesafe, countries: ["MK"], excludeEntryId: null });
    expect(found[0]).toMatchObject({ slug: "quakesafe" });
    expect(found[0]?.reasons).toEqual(expect.arrayContaining(["similar title", "same organisation", "same country"]));
    expect(await findLikelyDuplicates({ title: "Underwater basket weaving", organisationId: quakesafe, countries: [], excludeEntryId: null })).toEqual([]);
  });
});
