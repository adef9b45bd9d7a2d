import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/permissions";
import { loadActor } from "../../lib/auth/actor";
import { listApplicationQueue, listOwnApplications, readApplication, readOwnApplication } from "../../lib/alliance/application-lists";
import { ALREADY_APPLIED, ALREADY_MEMBER, applyToAlliance, ONLY_MEMBERS_CHANGE_PROFILE, proposeProfileChange, SIGN_IN_TO_APPLY } from "../../lib/alliance/apply";
import { ALREADY_DECIDED, answerApplication, approveApplication, askForMore, declineApplication, ONLY_STAFF_DECIDE } from "../../lib/alliance/decide";
import { listAllianceMembers, memberOwningEntry } from "../../lib/alliance/directory";
import { db } from "../../lib/db";
import { createPerson, organisationId } from "./support/people";

// Applications to the Alliance (issue 17) on a real PostgreSQL: only staff
// decide, an applicant sees only their own, each step is audited and its
// mail queued in the outbox in the applicant's language, and a decision made
// on an outdated version is refused.

let applicant: Actor;
let other: Actor;
let moderator: Actor;

beforeAll(async () => {
  applicant = await createPerson("member");
  other = await createPerson("member");
  moderator = await createPerson("moderator");
  await db.user.update({ where: { id: applicant.id }, data: { locale: "de", name: "Ana" } });
});

const PROFILE = "A science centre in Skopje that runs hands-on workshops on robotics and earthquakes for pupils.";
const MOTIVATION = "We want to share our workshops with schools across the region and learn from other members.";

const newOrganisation = (name: string, overrides: Record<string, unknown> = {}) => ({
  organisation: "new",
  name,
  country: "MK",
  type: "science-centre-museum",
  website: "www.example.org/centre",
  profile: PROFILE,
  priorities: ["learning-model", "knowledge-sharing"],
  motivation: MOTIVATION,
  ...overrides,
});

async function applied(by: Actor, input: Record<string, unknown>): Promise<string> {
  const result = await applyToAlliance(by, input);
  if (!result.ok) throw new Error(`could not apply: ${result.message}`);
  return result.applicationId;
}

async function version(id: string): Promise<number> {
  return (await db.allianceApplication.findUniqueOrThrow({ where: { id } })).version;
}

async function trail(id: string): Promise<string[]> {
  const events = await db.auditEvent.findMany({ where: { subjectType: "alliance_application", subjectId: id }, orderBy: { id: "asc" } });
  return events.map((e) => e.action);
}

async function mailTo(email: string) {
  return db.mailOutbox.findMany({ where: { recipient: email }, orderBy: { id: "asc" }, select: { subject: true, text: true } });
}

describe("applying", () => {
  it("needs a signed-in person and a complete, valid form", async () => {
    expect(await applyToAlliance(null, newOrganisation("Nobody's centre"))).toMatchObject({ ok: false, code: "forbidden", message: SIGN_IN_TO_APPLY });
    const invalid = await applyToAlliance(applicant, newOrganisation("", { country: "", type: "club", website: "", profile: "Short.", priorities: [], motivation: "" }));
    expect(invalid.ok).toBe(false);
    if (invalid.ok) return;
    expect(Object.keys(invalid.fieldErrors).sort()).toEqual(["country", "motivation", "name", "priorities", "profile", "type"]);
    const unchosen = await applyToAlliance(applicant, newOrganisation("A centre", { organisation: "" }));
    expect(unchosen.ok === false && unchosen.fieldErrors.organisation).toEqual(["Choose your organisation, or a new one."]);
    const script = await applyToAlliance(applicant, newOrganisation("Script centre", { website: "javascript:alert(1)" }));
    expect(script.ok === false && script.fieldErrors.website).toEqual(["Give a full web address, starting with https://"]);
  });

  it("refuses an organisation that is already a member, and a second open application", async () => {
    const member = await applyToAlliance(applicant, newOrganisation("x", { organisation: await organisationId("quakesafe") }));
    expect(member).toMatchObject({ ok: false, code: "conflict", message: ALREADY_MEMBER });
    await applied(applicant, newOrganisation("Skopje Science Centre"));
    expect(await applyToAlliance(applicant, newOrganisation("skopje science centre"))).toMatchObject({ ok: false, code: "conflict", message: ALREADY_APPLIED });
  });

  it("is audited and acknowledged by mail in the applicant's language", async () => {
    const id = await applied(applicant, newOrganisation("Ohrid Lake Lab"));
    expect(await trail(id)).toEqual(["alliance.applied"]);
    const mails = await mailTo(applicant.email);
    expect(mails.at(-1)?.subject).toBe("Wir haben Ihre Bewerbung für Ohrid Lake Lab erhalten");
    expect(mails.at(-1)?.text).toContain(`/de/alliance/applications/${id}`);
    const stored = await db.allianceApplication.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ state: "pending", website: "https://www.example.org/centre", organisationId: null, version: 1 });
  });
});

describe("who sees and decides", () => {
  it("shows applicants only their own; staff see the queue; anyone else finds nothing", async () => {
    const id = await applied(applicant, newOrganisation("Bitola Makerspace"));
    expect((await listOwnApplications(applicant)).map((a) => a.id)).toContain(id);
    expect((await listOwnApplications(other)).map((a) => a.id)).not.toContain(id);
    expect(await readApplication(other, id)).toBeNull();
    expect(await readOwnApplication(other, id)).toBeNull();
    expect(await readApplication(null, id)).toBeNull();
    expect((await readApplication(moderator, id))?.name).toBe("Bitola Makerspace");
    expect(await listApplicationQueue(applicant)).toBeNull();
    expect((await listApplicationQueue(moderator))?.pending.map((a) => a.id)).toContain(id);
  });

  it("lets only staff decide, and only the applicant answer", async () => {
    const id = await applied(applicant, newOrganisation("Struga Code Club"));
    for (const decide of [approveApplication, askForMore, declineApplication]) {
      expect(await decide(applicant, { applicationId: id, version: 1, message: "x", reason: "x" })).toMatchObject({ ok: false, code: "forbidden", message: ONLY_STAFF_DECIDE });
      expect(await decide(null, { applicationId: id, version: 1, message: "x", reason: "x" })).toMatchObject({ ok: false, code: "forbidden" });
    }
    await askForMore(moderator, { applicationId: id, version: 1, message: "Which schools take part?" });
    expect(await answerApplication(other, { applicationId: id, version: 2, answer: "Not mine." })).toMatchObject({ ok: false, code: "not_found" });
    expect(await answerApplication(moderator, { applicationId: id, version: 2, answer: "Not theirs." })).toMatchObject({ ok: false, code: "not_found" });
    expect((await db.allianceApplication.findUniqueOrThrow({ where: { id } })).state).toBe("more_requested");
  });
});

describe("the steps of an application", () => {
  it("goes: ask for more, answer, approve; the new organisation becomes a member with the applicant as its member", async () => {
    const id = await applied(applicant, newOrganisation("Tetovo Science Garage"));
    const asked = await askForMore(moderator, { applicationId: id, version: 1, message: "Which schools take part?" });
    expect(asked.ok).toBe(true);
    expect((await mailTo(applicant.email)).at(-1)).toMatchObject({ subject: "Rückfrage der Allianz zu Tetovo Science Garage" });
    expect((await mailTo(applicant.email)).at(-1)?.text).toContain("Which schools take part?");
    // Staff cannot approve while the applicant is asked; the answer returns it to the queue.
    expect(await approveApplication(moderator, { applicationId: id, version: 2 })).toMatchObject({ ok: false, code: "conflict", message: ALREADY_DECIDED });
    expect(await answerApplication(applicant, { applicationId: id, version: 2, answer: "Twelve primary schools in Tetovo." })).toMatchObject({ ok: true });
    expect((await db.allianceApplication.findUniqueOrThrow({ where: { id } })).state).toBe("pending");
    // A decision on the version before the answer is refused: the staff member has not seen the answer.
    expect(await approveApplication(moderator, { applicationId: id, version: 2 })).toMatchObject({ ok: false, code: "conflict" });
    const approved = await approveApplication(moderator, { applicationId: id, version: await version(id) });
    expect(approved).toMatchObject({ ok: true, organisationSlug: "tetovo-science-garage" });
    expect(await trail(id)).toEqual(["alliance.applied", "alliance.more_requested", "alliance.answered", "alliance.application_approved"]);
    expect((await mailTo(applicant.email)).at(-1)?.subject).toBe("Tetovo Science Garage ist jetzt Mitglied der Regionalen MINT-Allianz");

    const organisation = await db.organisation.findUniqueOrThrow({ where: { slug: "tetovo-science-garage" }, include: { alliance: true, memberships: true } });
    expect(organisation).toMatchObject({ country: "MK", allianceType: "science-centre-museum", profile: PROFILE, website: "https://www.example.org/centre", alliance: { state: "member" } });
    expect(organisation.memberships).toEqual([expect.objectContaining({ userId: applicant.id, state: "active" })]);
    expect((await loadActor(applicant.id))?.organisationIds).toContain(organisation.id);
    expect((await listAllianceMembers({ country: "MK" })).members.map((m) => m.slug)).toContain("tetovo-science-garage");
  });

  it("lets only one of two staff decide: the second is told it changed", async () => {
    const id = await applied(applicant, newOrganisation("Kumanovo Physics Lab"));
    const second = await createPerson("admin");
    const [a, b] = await Promise.all([
      approveApplication(moderator, { applicationId: id, version: 1 }),
      declineApplication(second, { applicationId: id, version: 1, reason: "Not in the region." }),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    const loser = a.ok ? b : a;
    expect(loser).toMatchObject({ ok: false, code: "conflict", message: ALREADY_DECIDED });
    expect((await trail(id)).filter((action) => action !== "alliance.applied")).toHaveLength(1);
  });

  it("declines with a reason the applicant is mailed, and the applicant may apply again", async () => {
    const id = await applied(applicant, newOrganisation("Veles Robotics"));
    expect(await declineApplication(moderator, { applicationId: id, version: 1, reason: " " })).toMatchObject({ ok: false, code: "invalid" });
    expect(await declineApplication(moderator, { applicationId: id, version: 1, reason: "Please apply once the centre has opened." })).toMatchObject({ ok: true });
    expect(await trail(id)).toEqual(["alliance.applied", "alliance.application_declined"]);
    expect((await mailTo(applicant.email)).at(-1)?.text).toContain("Please apply once the centre has opened.");
    expect(await db.organisation.findUnique({ where: { slug: "veles-robotics" } })).toBeNull();
    expect((await applyToAlliance(applicant, newOrganisation("Veles Robotics"))).ok).toBe(true);
  });

  it("makes an existing organisation a member, its entries badged, its applicant a member of it", async () => {
    const slug = "csr-europe";
    expect(await memberOwningEntry(slug)).toBeNull();
    const id = await applied(other, newOrganisation("", { organisation: await organisationId(slug), country: "", type: "ngo" }));
    expect((await approveApplication(moderator, { applicationId: id, version: 1 })).ok).toBe(true);
    expect(await memberOwningEntry(slug)).toMatchObject({ slug });
    const organisation = await db.organisation.findUniqueOrThrow({ where: { slug }, select: { name: true, country: true } });
    expect(organisation).toEqual({ name: "CSR Europe", country: "BE" });
    expect((await loadActor(other.id))?.organisationIds).toContain(await organisationId(slug));
  });
});

describe("profile changes", () => {
  it("are for active members of a member organisation only, and change the card once approved", async () => {
    const change = { organisationId: await organisationId("techbridge"), type: "ngo", website: "", profile: `${PROFILE} Updated.`, priorities: ["digital-gap"], motivation: "Our profile should mention the new courses." };
    expect(await proposeProfileChange(applicant, change)).toMatchObject({ ok: false, code: "forbidden", message: ONLY_MEMBERS_CHANGE_PROFILE });
    const member = await createPerson("member", ["techbridge"]);
    const outsiderOrg = { ...change, organisationId: await organisationId("toyota") };
    const toyotaMember = await createPerson("member", ["toyota"]);
    expect(await proposeProfileChange(toyotaMember, outsiderOrg)).toMatchObject({ ok: false, code: "forbidden" });
    const proposed = await proposeProfileChange(member, change);
    if (!proposed.ok) throw new Error(proposed.message);
    expect((await listAllianceMembers({ country: "DE" })).members.find((m) => m.slug === "techbridge")?.profile).not.toContain("Updated.");
    expect((await approveApplication(moderator, { applicationId: proposed.applicationId, version: 1 })).ok).toBe(true);
    const card = (await listAllianceMembers({ country: "DE" })).members.find((m) => m.slug === "techbridge");
    expect(card).toMatchObject({ profile: `${PROFILE} Updated.`, priorities: ["digital-gap"], website: null });
    expect(await trail(proposed.applicationId)).toEqual(["alliance.profile_change_proposed", "alliance.profile_change_approved"]);
  });
});
