import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { getPublishedEntry } from "../../lib/catalogue/entries";
import { db } from "../../lib/db";
import { findLinkableEntries } from "../../lib/submissions/links";
import { saveDraft, startEdit, submitProposal } from "../../lib/submissions/proposals";
import { reviewProposal } from "../../lib/submissions/review";
import { createPerson, organisationId, programmeContent } from "./support/people";
import { startDraft } from "./support/proposals";

// Related entries name published entries, each once, never the entry itself:
// checked on save and on submission, whatever the form sent.

let member: Actor;
let moderator: Actor;
let quakesafe: string;

beforeAll(async () => {
  member = await createPerson("member", ["quakesafe"]);
  moderator = await createPerson("moderator");
  quakesafe = await organisationId("quakesafe");
  await db.entry.update({ where: { slug: "european-parliament" }, data: { archivedAt: new Date(), archiveReason: "test" } });
});

const draft = () => startDraft(member, quakesafe);

describe("related entries of a proposal", () => {
  it("refuse an unknown address on save, at the field", async () => {
    const { id, content } = await draft();
    const saved = await saveDraft(member, { id, expectedVersion: 1, content: { ...content, links: [{ role: "related", slug: "no-such-entry" }] } });
    expect(saved).toMatchObject({ ok: false, code: "invalid" });
    expect(saved.ok ? {} : saved.fieldErrors).toEqual({ "links.0.slug": [expect.stringContaining("No published entry has the address “no-such-entry”")] });
  });

  it("refuse archived entries, duplicates and on submission too", async () => {
    const { id, content } = await draft();
    const links = [
      { role: "funder", slug: "unesco" },
      { role: "related", slug: "european-parliament" },
      { role: "related", slug: "unesco" },
      { role: "related", slug: "techbridge" },
    ];
    const sent = await submitProposal(member, { id, expectedVersion: 1, content: { ...content, links } });
    expect(sent.ok ? {} : sent.fieldErrors).toEqual({
      "links.1.slug": [expect.stringContaining("is archived")],
      "links.2.slug": [expect.stringContaining("is already related entry 1")],
    });
    expect((await db.proposal.findUniqueOrThrow({ where: { id } })).state).toBe("draft");
  });

  it("refuse a link of an entry to itself, in an edit", async () => {
    const edit = await startEdit(member, "quakesafe");
    if (!edit.ok) throw new Error(edit.message);
    const content = { ...programmeContent(), links: [{ role: "related", slug: "quakesafe" }] };
    const saved = await saveDraft(member, { id: edit.id, expectedVersion: 1, content });
    expect(saved.ok ? {} : saved.fieldErrors).toEqual({ "links.0.slug": ["An entry cannot be related to itself."] });
    await db.proposal.delete({ where: { id: edit.id } });
  });

  it("accept published entries, and the published entry lists each once", async () => {
    const { id, content } = await draft();
    // The organisation named as merely related: approval adds it as the organisation, once.
    const links = [
      { role: "related", slug: "techbridge" },
      { role: "related", slug: "quakesafe" },
    ];
    const sent = await submitProposal(member, { id, expectedVersion: 1, content: { ...content, links } });
    expect(sent).toEqual({ ok: true, version: 2 });
    const approved = await reviewProposal(moderator, { decision: "approve", proposalId: id, expectedVersion: 2 });
    if (!approved.ok || !approved.entrySlug) throw new Error("not approved");
    const entry = await getPublishedEntry(approved.entrySlug);
    expect(entry?.links.map((l) => [l.slug, l.role]).sort()).toEqual([
      ["quakesafe", "organisation"],
      ["techbridge", "related"],
    ]);
  });

  it("are found by words of their title, published ones only", async () => {
    const found = await findLinkableEntries("earthquake");
    expect(found.map((e) => e.slug)).toContain("quakesafe");
    expect((await findLinkableEntries("European Parliament")).map((e) => e.slug)).not.toContain("european-parliament");
    expect(await findLinkableEntries("e")).toEqual([]);
  });
});
