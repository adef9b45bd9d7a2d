import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { listAllianceMembers, memberOwningEntry } from "../../lib/alliance/directory";
import { ALREADY_IN_STATE, changeMembership, NOT_A_MEMBER } from "../../lib/alliance/membership";
import { ONLY_STAFF_DECIDE } from "../../lib/alliance/decide";
import { db } from "../../lib/db";
import { createPerson, organisationId } from "./support/people";

// Staff suspend, end and reinstate memberships (issue 17): always with a
// reason, audited, and mailed to the organisation's active members; the
// directory and the entries' badge follow at once.

let moderator: Actor;
let member: Actor;

beforeAll(async () => {
  moderator = await createPerson("moderator");
  member = await createPerson("member", ["teknikcollege"]);
});

async function audit(subjectId: string) {
  const events = await db.auditEvent.findMany({ where: { subjectType: "organisation", subjectId, action: { startsWith: "alliance." } }, orderBy: { id: "asc" } });
  return events.map((e) => e.action);
}

describe("changing a membership", () => {
  it("is for staff only, with a reason", async () => {
    const id = await organisationId("teknikcollege");
    expect(await changeMembership(member, { organisationId: id, state: "ended", reason: "We leave." })).toMatchObject({ ok: false, code: "forbidden", message: ONLY_STAFF_DECIDE });
    expect(await changeMembership(moderator, { organisationId: id, state: "suspended", reason: "" })).toMatchObject({ ok: false, code: "invalid" });
    expect(await changeMembership(moderator, { organisationId: await organisationId("toyota"), state: "suspended", reason: "No." })).toMatchObject({ ok: false, code: "not_found", message: NOT_A_MEMBER });
  });

  it("suspends: gone from the directory and the badge, audited, mailed to the members; reinstating brings it back", async () => {
    const id = await organisationId("teknikcollege");
    expect(await changeMembership(moderator, { organisationId: id, state: "suspended", reason: "The contact person has left; waiting for a new one." })).toMatchObject({ ok: true });
    expect((await listAllianceMembers({ country: "SE" })).members).toEqual([]);
    expect(await memberOwningEntry("teknikcollege")).toBeNull();
    const mail = await db.mailOutbox.findFirst({ where: { recipient: member.email }, orderBy: { id: "desc" } });
    expect(mail?.subject).toBe("The Alliance membership of Teknikcollege is suspended");
    expect(mail?.text).toContain("The contact person has left; waiting for a new one.");
    expect(await changeMembership(moderator, { organisationId: id, state: "suspended", reason: "Again." })).toMatchObject({ ok: false, code: "conflict", message: ALREADY_IN_STATE });
    expect(await changeMembership(moderator, { organisationId: id, state: "member", reason: "A new contact person was named." })).toMatchObject({ ok: true });
    expect((await listAllianceMembers({ country: "SE" })).members.map((m) => m.slug)).toEqual(["teknikcollege"]);
    expect(await audit(id)).toEqual(["alliance.membership_suspended", "alliance.membership_reinstated"]);
  });

  it("ends for good: the reason is kept, and an ended membership cannot be reinstated", async () => {
    const id = await organisationId("turkish-stem-alliance");
    expect(await changeMembership(moderator, { organisationId: id, state: "ended", reason: "The network asked to leave." })).toMatchObject({ ok: true });
    expect(await db.allianceMembership.findUniqueOrThrow({ where: { organisationId: id } })).toMatchObject({ state: "ended", reason: "The network asked to leave." });
    expect((await changeMembership(moderator, { organisationId: id, state: "member", reason: "Back." })).ok).toBe(false);
    expect((await listAllianceMembers({ country: "TR" })).members).toEqual([]);
  });
});
