import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { loadActor } from "../../lib/auth/actor";
import { db } from "../../lib/db";
import { archiveEntry } from "../../lib/submissions/archive";
import { createProposal, saveDraft, startEdit, submitProposal } from "../../lib/submissions/proposals";
import { reviewProposal } from "../../lib/submissions/review";
import { getProposal } from "../../lib/submissions/views";
import { listQueue } from "../../lib/submissions/queue";
import { getEntryHistory } from "../../lib/submissions/history";
import { listAudit, listAuditActors } from "../../lib/audit/audit";
import { changeUserRole, listUsers } from "../../lib/users/admin";
import { createPerson, organisationId, programmeContent } from "./support/people";

// Every role × every action of the workflow, through the functions that every
// route (server actions, pages) calls. Each cell is asserted; the ids used are
// real ones of organisation A's proposals, as if guessed by others.

type Role = "anonymous" | "memberA" | "memberB" | "moderator" | "admin";
const ROLES: Role[] = ["anonymous", "memberA", "memberB", "moderator", "admin"];
let people: Record<Role, Actor | null>;
let organisationA: string;

beforeAll(async () => {
  people = {
    anonymous: null,
    memberA: await createPerson("member", ["quakesafe"]),
    memberB: await createPerson("member", ["techbridge"]),
    moderator: await createPerson("moderator"),
    admin: await createPerson("admin"),
  };
  organisationA = await organisationId("quakesafe");
});

/** A fresh proposal of organisation A in the given state, so cells never share one. */
async function proposalOfA(state: "draft" | "submitted") {
  const content = programmeContent();
  const created = await createProposal(people.memberA, { organisationId: organisationA, content });
  if (!created.ok) throw new Error(created.message);
  if (state === "draft") return { id: created.id, version: 1, content };
  const sent = await submitProposal(people.memberA, { id: created.id, expectedVersion: 1, content });
  if (!sent.ok) throw new Error(sent.message);
  return { id: created.id, version: sent.version, content };
}

async function archivableEntry(): Promise<string> {
  const slug = `archivable-${randomUUID().slice(0, 8)}`;
  await db.entry.create({
    data: { slug, kind: "resource", title: slug, summary: "A resource made for the test.", description: "Made for the test.", sources: [] },
  });
  return slug;
}

function allowed(...roles: Role[]): Record<Role, boolean> {
  const has = (role: Role) => roles.includes(role);
  return { anonymous: has("anonymous"), memberA: has("memberA"), memberB: has("memberB"), moderator: has("moderator"), admin: has("admin") };
}

const ACTIONS: Record<string, { expected: Record<Role, boolean>; attempt: (actor: Actor | null) => Promise<boolean> }> = {
  "read a draft": {
    expected: allowed("memberA", "moderator", "admin"),
    attempt: async (actor) => (await getProposal(actor, (await proposalOfA("draft")).id)) !== null,
  },
  "edit a draft": {
    expected: allowed("memberA"),
    attempt: async (actor) => {
      const p = await proposalOfA("draft");
      return (await saveDraft(actor, { id: p.id, expectedVersion: p.version, content: { ...p.content, title: "Changed title" } })).ok;
    },
  },
  "submit a draft": {
    expected: allowed("memberA"),
    attempt: async (actor) => {
      const p = await proposalOfA("draft");
      return (await submitProposal(actor, { id: p.id, expectedVersion: p.version, content: p.content })).ok;
    },
  },
  "create an entry for organisation A": {
    expected: allowed("memberA"),
    attempt: async (actor) => (await createProposal(actor, { organisationId: organisationA, content: programmeContent() })).ok,
  },
  "propose an edit of A's published entry": {
    expected: allowed("memberA"),
    attempt: async (actor) => (await startEdit(actor, "quakesafe")).ok,
  },
  approve: {
    expected: allowed("moderator", "admin"),
    attempt: async (actor) => {
      const p = await proposalOfA("submitted");
      return (await reviewProposal(actor, { decision: "approve", proposalId: p.id, expectedVersion: p.version })).ok;
    },
  },
  "request changes": {
    expected: allowed("moderator", "admin"),
    attempt: async (actor) => {
      const p = await proposalOfA("submitted");
      return (await reviewProposal(actor, { decision: "request_changes", proposalId: p.id, expectedVersion: p.version, comment: "More detail." })).ok;
    },
  },
  reject: {
    expected: allowed("moderator", "admin"),
    attempt: async (actor) => {
      const p = await proposalOfA("submitted");
      return (await reviewProposal(actor, { decision: "reject", proposalId: p.id, expectedVersion: p.version, comment: "Out of scope." })).ok;
    },
  },
  archive: {
    expected: allowed("moderator", "admin"),
    attempt: async (actor) => (await archiveEntry(actor, { slug: await archivableEntry(), reason: "Duplicate." })).ok,
  },
  "see the review queue": {
    expected: allowed("moderator", "admin"),
    attempt: async (actor) => (await listQueue(actor, {})) !== null,
  },
  "see entry history": {
    expected: allowed("moderator", "admin"),
    attempt: async (actor) => (await getEntryHistory(actor, "quakesafe")) !== null,
  },
  "change a user's role": {
    expected: allowed("admin"),
    attempt: async (actor) => {
      const someone = await createPerson("member");
      return (await changeUserRole(actor, { userId: someone.id, role: "moderator", confirm: "yes" })).ok;
    },
  },
  "list users": {
    expected: allowed("admin"),
    attempt: async (actor) => (await listUsers(actor, {})) !== null,
  },
  "read the audit log": {
    expected: allowed("moderator", "admin"),
    attempt: async (actor) => (await listAudit(actor)) !== null,
  },
};

describe.each(Object.entries(ACTIONS))("%s", (_action, { expected, attempt }) => {
  it.each(ROLES)("by %s", async (role) => {
    expect(await attempt(people[role])).toBe(expected[role]);
  });
});

describe("ids that do not exist or are not the actor's", () => {
  it("look the same: not found", async () => {
    const p = await proposalOfA("draft");
    const unknown = randomUUID();
    for (const id of [p.id, unknown]) {
      expect(await getProposal(people.memberB, id)).toBeNull();
      expect(await saveDraft(people.memberB, { id, expectedVersion: 1, content: p.content })).toMatchObject({ code: "not_found" });
    }
    expect(await getProposal(people.moderator, "not-a-uuid")).toBeNull();
    expect(await reviewProposal(people.moderator, { decision: "approve", proposalId: unknown, expectedVersion: 1 })).toMatchObject({
      code: "not_found",
    });
  });
});

describe("a demoted moderator", () => {
  it("loses the right to review at once", async () => {
    const demoted = await createPerson("moderator");
    const p = await proposalOfA("submitted");
    await db.user.update({ where: { id: demoted.id }, data: { role: "member" } });
    // The page reloads the actor from the database on every request.
    const fresh = await loadActor(demoted.id);
    expect(await reviewProposal(fresh, { decision: "approve", proposalId: p.id, expectedVersion: p.version })).toMatchObject({ code: "forbidden" });
  });
});

describe("the audit log for staff", () => {
  it("names subjects by title or name and filters by person and time", async () => {
    const content = programmeContent();
    const created = await createProposal(people.memberA, { organisationId: organisationA, content });
    if (!created.ok) throw new Error(created.message);
    const memberA = people.memberA;
    const memberB = people.memberB;
    if (!memberA || !memberB) throw new Error("people missing");
    await db.auditEvent.create({ data: { actorId: memberA.id, action: "user.tested", subjectType: "user", subjectId: memberB.id } });
    await db.auditEvent.create({ data: { actorId: memberA.id, action: "membership.tested", subjectType: "membership", subjectId: `${memberB.id}:${organisationA}` } });

    const subjectIds = [created.id, memberB.id, `${memberB.id}:${organisationA}`];
    const mine = (await listAudit(people.moderator, { actorId: memberA.id, subjectIds })) ?? [];
    expect(mine.every((r) => r.actor === memberA.email)).toBe(true);
    expect(mine.map((r) => [r.subjectType, r.subjectName])).toEqual([
      ["membership", null],
      ["user", memberB.email],
      ["proposal", content.title],
    ]);
    const proposals = await listAudit(people.moderator, { actorId: memberA.id, subjectType: "proposal" });
    expect(proposals?.map((r) => r.subjectId)).toContain(created.id);
    expect(proposals?.every((r) => r.subjectType === "proposal")).toBe(true);

    const hour = 60 * 60 * 1000;
    expect(await listAudit(people.moderator, { actorId: memberA.id, from: new Date(Date.now() + hour) })).toEqual([]);
    expect(await listAudit(people.moderator, { actorId: memberA.id, until: new Date(Date.now() - hour) })).toEqual([]);
    expect(await listAudit(people.moderator, { actorId: memberA.id, subjectIds, from: new Date(Date.now() - hour), until: new Date(Date.now() + hour) })).toHaveLength(3);

    expect((await listAuditActors(people.moderator))?.map((p) => p.id)).toContain(memberA.id);
    expect(await listAuditActors(people.memberA)).toBeNull();
  });
});
