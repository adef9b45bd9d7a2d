import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { db } from "../../lib/db";
import { CATALOGUE_CHECKED_ON, CATALOGUE_EDITED_ON } from "../../lib/catalogue/seed-dates";
import { readApiEntry } from "../../lib/api/entries";
import { getRecord } from "../../lib/oai/records";
import { archiveEntry } from "../../lib/submissions/archive";
import { startEdit, submitProposal } from "../../lib/submissions/proposals";
import { reviewProposal } from "../../lib/submissions/review";
import { getProposal } from "../../lib/submissions/views";
import { confirmStillAccurate } from "../../lib/verification/confirm";
import { NEEDS_CHECKING_PAGE_SIZE, listNeedsChecking, listOwnEntriesToConfirm } from "../../lib/verification/lists";
import { createPerson } from "./support/people";

// "Still accurate" and "last updated" on a real PostgreSQL: who may confirm,
// what a confirmation writes (the date and an audit event, nothing else),
// where the seed catalogue's dates come from, and the moderators' list.

type Role = "anonymous" | "member" | "otherMember" | "moderator" | "admin";
let people: Record<Role, Actor | null>;

beforeAll(async () => {
  people = {
    anonymous: null,
    member: await createPerson("member", ["quakesafe"]),
    otherMember: await createPerson("member", ["techbridge"]),
    moderator: await createPerson("moderator"),
    admin: await createPerson("admin"),
  };
});

const row = (slug: string) =>
  db.entry.findUniqueOrThrow({ where: { slug }, select: { id: true, version: true, updatedAt: true, lastVerifiedAt: true, title: true, summary: true } });

describe("the seed catalogue's dates", () => {
  it("are the documented day of its check and of its last edit, not the day it was loaded", async () => {
    const entry = await row("quakesafe");
    expect(entry.updatedAt).toEqual(CATALOGUE_EDITED_ON);
    expect(entry.lastVerifiedAt).toEqual(CATALOGUE_CHECKED_ON);
    const loaded = await db.entry.findUniqueOrThrow({ where: { slug: "quakesafe" }, select: { publishedAt: true } });
    expect(loaded.publishedAt.getTime()).toBeGreaterThan(CATALOGUE_EDITED_ON.getTime());
    // Harvesters still see it as new to this repository on the day it was loaded.
    expect((await getRecord("quakesafe"))?.datestamp).toEqual(loaded.publishedAt);
    expect(await readApiEntry("quakesafe")).toMatchObject({ updatedAt: CATALOGUE_EDITED_ON.toISOString(), lastVerifiedAt: CATALOGUE_CHECKED_ON.toISOString() });
  });
});

describe("confirming an entry is still accurate", () => {
  const cases: [Role, boolean][] = [
    ["member", true],
    ["otherMember", false],
    ["anonymous", false],
    ["moderator", true],
    ["admin", true],
  ];
  it.each(cases)("by %s: allowed %s", async (role, allowed) => {
    await db.entry.update({ where: { slug: "quakesafe" }, data: { lastVerifiedAt: new Date("2023-01-01T00:00:00Z") } });
    const before = await row("quakesafe");
    const started = Date.now();
    const result = await confirmStillAccurate(people[role], { slug: "quakesafe" });
    const after = await row("quakesafe");
    if (allowed) {
      expect(result.ok).toBe(true);
      expect(after.lastVerifiedAt?.getTime()).toBeGreaterThanOrEqual(started - 1000);
    } else {
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
      expect(after.lastVerifiedAt).toEqual(before.lastVerifiedAt);
    }
  });

  it("says why to someone outside the organisation, and to someone signed out", async () => {
    expect(await confirmStillAccurate(people.otherMember, { slug: "quakesafe" })).toMatchObject({
      message: "Only members of the organisation that owns this entry, and moderators, can confirm that it is still accurate.",
    });
    expect(await confirmStillAccurate(null, { slug: "quakesafe" })).toMatchObject({ message: "Sign in to confirm that an entry is still accurate." });
  });

  it("is audited, and changes neither the content, nor the version, nor last updated", async () => {
    const before = await row("quakesafe");
    const versions = await db.entryVersion.count({ where: { entryId: before.id } });
    const proposals = await db.proposal.count({ where: { entryId: before.id } });
    const result = await confirmStillAccurate(people.member, { slug: "quakesafe" });
    if (!result.ok) throw new Error(result.message);
    const after = await row("quakesafe");
    expect(after).toEqual({ ...before, lastVerifiedAt: result.verifiedAt });
    expect(await db.entryVersion.count({ where: { entryId: before.id } })).toBe(versions);
    expect(await db.proposal.count({ where: { entryId: before.id } })).toBe(proposals);
    const event = await db.auditEvent.findFirstOrThrow({ where: { subjectType: "entry", subjectId: before.id }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({
      actorId: people.member?.id,
      action: "entry.verified",
      details: { slug: "quakesafe", previous: before.lastVerifiedAt?.toISOString() ?? null },
    });
  });

  it("answers not found for an archived or unknown entry, and invalid for a bad address", async () => {
    const moderator = people.moderator;
    const archived = await archiveEntry(moderator, { slug: "techbridge", reason: "Closed for the test." });
    expect(archived.ok).toBe(true);
    expect(await confirmStillAccurate(moderator, { slug: "techbridge" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await confirmStillAccurate(moderator, { slug: "no-such-entry" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await confirmStillAccurate(moderator, { slug: "Not A Slug!" })).toMatchObject({ ok: false, code: "invalid" });
  });
});

describe("publishing a change", () => {
  it("moves last updated, and counts as verified: the organisation wrote it, a moderator reviewed it", async () => {
    const member = people.member;
    const before = await row("quakesafe");
    const edit = await startEdit(member, "quakesafe");
    if (!edit.ok) throw new Error(edit.message);
    const view = await getProposal(member, edit.id);
    const content = { ...view?.content, summary: "QUAKESAFE brings earthquake engineering into secondary classrooms with shake tables." };
    const sent = await submitProposal(member, { id: edit.id, expectedVersion: 1, content });
    if (!sent.ok) throw new Error(sent.message);
    const approved = await reviewProposal(people.moderator, { decision: "approve", proposalId: edit.id, expectedVersion: sent.version });
    expect(approved.ok).toBe(true);
    const after = await row("quakesafe");
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    expect(after.lastVerifiedAt?.getTime()).toBeGreaterThan(before.lastVerifiedAt?.getTime() ?? 0);
    expect(Math.abs((after.lastVerifiedAt?.getTime() ?? 0) - after.updatedAt.getTime())).toBeLessThan(1000);
  });
});

describe("the needs-checking list", () => {
  const now = new Date("2026-12-10T12:00:00Z");
  const monthsAgo = (months: number) => new Date(Date.UTC(2026, 11 - months, 10, 12));

  it("is for staff only", async () => {
    expect(await listNeedsChecking(null, 1, now)).toBeNull();
    expect(await listNeedsChecking(people.member, 1, now)).toBeNull();
    expect(await listNeedsChecking(people.admin, 1, now)).not.toBeNull();
  });

  it("is empty while every entry was verified within 24 months", async () => {
    await db.entry.updateMany({ data: { lastVerifiedAt: monthsAgo(3) } });
    expect(await listNeedsChecking(people.moderator, 1, now)).toEqual({ items: [], total: 0, page: 1, pageCount: 1 });
  });

  it("lists entries verified 24 months ago or more, and never, oldest first, without archived ones", async () => {
    await db.entry.updateMany({ data: { lastVerifiedAt: monthsAgo(3) } });
    await db.entry.update({ where: { slug: "eu-stem-coalition" }, data: { lastVerifiedAt: monthsAgo(24) } });
    await db.entry.update({ where: { slug: "unesco" }, data: { lastVerifiedAt: monthsAgo(30) } });
    await db.entry.update({ where: { slug: "steam-plus-albania" }, data: { lastVerifiedAt: null } });
    // Its organisation has a member, whom the yearly reminder reaches: not listed before 24 months.
    await db.entry.update({ where: { slug: "quakesafe" }, data: { lastVerifiedAt: monthsAgo(23) } });
    await db.entry.update({ where: { slug: "techbridge" }, data: { lastVerifiedAt: null } }); // archived above
    const list = await listNeedsChecking(people.moderator, 1, now);
    expect(list?.items.map((i) => [i.slug, i.lastVerifiedAt])).toEqual([
      ["steam-plus-albania", null],
      ["unesco", monthsAgo(30)],
      ["eu-stem-coalition", monthsAgo(24)],
    ]);
    expect(list).toMatchObject({ total: 3, page: 1, pageCount: 1 });
  });

  it("lists entries from 12 months when their reminder reaches no one, marked so (ADR 016)", async () => {
    await db.entry.updateMany({ data: { lastVerifiedAt: monthsAgo(3) } });
    await db.entry.updateMany({ where: { slug: { in: ["quakesafe", "eu-stem-coalition"] } }, data: { lastVerifiedAt: monthsAgo(13) } });
    const list = await listNeedsChecking(people.moderator, 1, now);
    expect(list?.items.map((i) => [i.slug, i.noOneToRemind])).toEqual([["eu-stem-coalition", true]]);
  });

  it("comes in pages, and a page past the end shows the last", async () => {
    await db.entry.updateMany({ data: { lastVerifiedAt: null } });
    const total = await db.entry.count({ where: { archivedAt: null } });
    expect(total).toBeGreaterThan(NEEDS_CHECKING_PAGE_SIZE);
    const first = await listNeedsChecking(people.moderator, 1, now);
    const second = await listNeedsChecking(people.moderator, 2, now);
    expect(first?.items).toHaveLength(NEEDS_CHECKING_PAGE_SIZE);
    expect(second?.items).toHaveLength(total - NEEDS_CHECKING_PAGE_SIZE);
    expect(new Set([...(first?.items ?? []), ...(second?.items ?? [])].map((i) => i.slug)).size).toBe(total);
    expect(await listNeedsChecking(people.moderator, 99, now)).toMatchObject({ page: 2, pageCount: 2 });
  });
});

describe("an organisation's own entries to confirm", () => {
  it("lists the member's organisations' published entries, least recently verified first", async () => {
    const own = await listOwnEntriesToConfirm(people.member as Actor);
    expect(own.items.length).toBe(own.total);
    expect(own.items.map((i) => i.slug)).toContain("quakesafe");
    const owners = await db.entry.findMany({ where: { slug: { in: own.items.map((i) => i.slug) } }, select: { organisation: { select: { slug: true } } } });
    expect(new Set(owners.map((o) => o.organisation?.slug))).toEqual(new Set(["quakesafe"]));
  });
});

describe("the migration, on a database loaded before it", () => {
  // Its UPDATE statements, as prisma migrate deploy runs them (comment lines dropped).
  const backfill = fs
    .readFileSync("prisma/migrations/20261205110000_last_verified/migration.sql", "utf8")
    .split(";")
    .map((statement) => statement.split("\n").filter((line) => !line.trim().startsWith("--")).join("\n").trim())
    .filter((statement) => statement.startsWith("UPDATE"));

  it("gives catalogue entries the seed's documented dates, and published entries their last publication", async () => {
    expect(backfill).toHaveLength(2);
    // As before the migration: loaded today, never verified.
    await db.$executeRaw`UPDATE entries SET last_verified_at = NULL, updated_at = now() AT TIME ZONE 'UTC' WHERE slug IN ('unesco', 'quakesafe')`;
    for (const statement of backfill) await db.$executeRawUnsafe(statement);
    const unesco = await row("unesco");
    expect([unesco.updatedAt, unesco.lastVerifiedAt]).toEqual([CATALOGUE_EDITED_ON, CATALOGUE_CHECKED_ON]);
    // quakesafe was edited above: verified when its last version was published, its content date kept.
    const quakesafe = await row("quakesafe");
    const latest = await db.entryVersion.findFirstOrThrow({ where: { entryId: quakesafe.id }, orderBy: { version: "desc" } });
    expect(quakesafe.lastVerifiedAt).toEqual(latest.createdAt);
    expect(quakesafe.updatedAt).not.toEqual(CATALOGUE_EDITED_ON);
  });
});
