import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetPassword } from "../../lib/auth/password-reset";
import { authenticate } from "../../lib/auth/sign-in";
import { loadActor } from "../../lib/auth/actor";
import { db } from "../../lib/db";
import { createOrganisation, getOrganisationMembers, listMembershipRequests } from "../../lib/organisations/admin";
import { approveMembership, inviteMember, removeMembership, requestMembership } from "../../lib/organisations/memberships";
import { changeUserRole, listUsers } from "../../lib/users/admin";
import { linkIn, startMailbox } from "../support/mailbox";
import { createPerson, organisationId } from "./support/people";

// Memberships, organisations and roles: who may do each, and what it leaves behind.

let mailbox: Awaited<ReturnType<typeof startMailbox>>;

beforeAll(async () => {
  mailbox = await startMailbox();
  process.env.SMTP_URL = mailbox.url;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await mailbox.stop();
});

describe("joining an organisation", () => {
  it("is asked for by the user and approved by a moderator, not by another member", async () => {
    const user = await createPerson("member");
    const other = await createPerson("member", ["quakesafe"]);
    const moderator = await createPerson("moderator");
    const organisation = await organisationId("techbridge");

    expect(await requestMembership(user, { organisationId: organisation })).toEqual({ ok: true });
    expect((await requestMembership(user, { organisationId: organisation })).ok).toBe(false);
    expect((await loadActor(user.id))?.organisationIds).toEqual([]);
    expect((await listMembershipRequests(moderator))?.some((r) => r.userId === user.id)).toBe(true);
    expect(await db.notification.count({ where: { userId: moderator.id } })).toBeGreaterThan(0);

    expect((await approveMembership(other, { userId: user.id, organisationId: organisation })).ok).toBe(false);
    expect((await approveMembership(user, { userId: user.id, organisationId: organisation })).ok).toBe(false);
    expect(await approveMembership(moderator, { userId: user.id, organisationId: organisation })).toEqual({ ok: true });
    expect((await loadActor(user.id))?.organisationIds).toEqual([organisation]);
    expect(await db.auditEvent.count({ where: { action: { in: ["membership.requested", "membership.approved"] }, subjectId: `${organisation}:${user.id}` } })).toBe(2);
  });

  it("can be left by the member; other members cannot remove them", async () => {
    const user = await createPerson("member", ["quakesafe"]);
    const other = await createPerson("member", ["quakesafe"]);
    const organisation = await organisationId("quakesafe");
    expect((await removeMembership(other, { userId: user.id, organisationId: organisation })).ok).toBe(false);
    expect(await removeMembership(user, { userId: user.id, organisationId: organisation })).toEqual({ ok: true });
    expect((await loadActor(user.id))?.organisationIds).toEqual([]);
  });
});

describe("inviting", () => {
  it("creates a passwordless member who chooses a password through the mailed link", async () => {
    const moderator = await createPerson("moderator");
    const organisation = await organisationId("quakesafe");
    const email = `invited-${Math.random().toString(36).slice(2)}@example.org`;
    expect((await inviteMember(await createPerson("member", ["quakesafe"]), { email, organisationId: organisation })).ok).toBe(false);
    expect(await inviteMember(moderator, { email: email.toUpperCase(), organisationId: organisation })).toEqual({ ok: true });

    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.passwordHash).toBeNull();
    expect((await getOrganisationMembers(moderator, "quakesafe"))?.members.some((m) => m.userId === user.id && m.state === "active")).toBe(true);

    await vi.waitFor(() => expect(mailbox.mails.some((m) => m.to.includes(email))).toBe(true));
    const mail = mailbox.mails.find((m) => m.to.includes(email));
    const token = linkIn(mail, "/auth/reset-password");
    expect(await resetPassword({ token, password: "my chosen password", confirm: "my chosen password" })).toEqual({ ok: true, email });
    expect((await authenticate({ email, password: "my chosen password" }, { ip: "10.1.0.1" })).ok).toBe(true);
  });
});

describe("administration", () => {
  it("lets only admins change roles, audited with from and to", async () => {
    const admin = await createPerson("admin");
    const moderator = await createPerson("moderator");
    const member = await createPerson("member");
    expect((await changeUserRole(moderator, { userId: member.id, role: "admin" })).ok).toBe(false);
    expect((await changeUserRole(admin, { userId: admin.id, role: "member" })).ok).toBe(false);
    expect(await changeUserRole(admin, { userId: member.id, role: "moderator" })).toEqual({ ok: true });
    expect((await loadActor(member.id))?.role).toBe("moderator");
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.role_changed", subjectId: member.id } });
    expect(event.details).toEqual({ from: "member", to: "moderator" });
  });

  it("lists users by email for admins only", async () => {
    const admin = await createPerson("admin");
    const member = await createPerson("member");
    expect(await listUsers(member, {})).toBeNull();
    const found = await listUsers(admin, { q: member.email.slice(0, 20).toUpperCase() });
    expect(found?.users.map((u) => u.email)).toContain(member.email);
    expect(JSON.stringify(found)).not.toMatch(/passwordHash|scrypt/);
  });

  it("lets only admins create organisations, with a unique short name", async () => {
    const admin = await createPerson("admin");
    const moderator = await createPerson("moderator");
    const input = { name: "STEM Alliance Moldova", slug: `stem-md-${Math.random().toString(36).slice(2, 8)}`, country: "md" };
    expect((await createOrganisation(moderator, input)).ok).toBe(false);
    expect(await createOrganisation(admin, input)).toEqual({ ok: true, slug: input.slug });
    expect((await db.organisation.findUniqueOrThrow({ where: { slug: input.slug } })).country).toBe("MD");
    expect(await createOrganisation(admin, input)).toMatchObject({ ok: false, fieldErrors: { slug: [expect.any(String)] } });
    expect(await createOrganisation(admin, { ...input, slug: "Bad Slug", country: "XX" })).toMatchObject({
      ok: false,
      fieldErrors: { slug: [expect.any(String)], country: [expect.any(String)] },
    });
  });
});
