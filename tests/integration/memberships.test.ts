import { describe, expect, it, vi } from "vitest";
import { signUp } from "../../lib/auth/accounts";
import { resetPassword } from "../../lib/auth/password-reset";
import { authenticate } from "../../lib/auth/sign-in";
import { loadActor } from "../../lib/auth/actor";
import { db } from "../../lib/db";
import { createOrganisation, listMembershipRequests } from "../../lib/organisations/admin";
import { inviteMember } from "../../lib/organisations/invitations";
import { approveMembership, removeMembership, requestMembership } from "../../lib/organisations/memberships";
import { changeUserRole, listUsers, setUserActive } from "../../lib/users/admin";
import { hashPassword } from "../../lib/auth/password";
import { createAuthToken } from "../../lib/auth/tokens";
import { authOptions } from "../../lib/auth/options";
import { linkIn } from "../support/mailbox";
import { withSmtpMailbox } from "./support/smtp-mailbox";
import { createPerson, organisationId } from "./support/people";

// Memberships, organisations and roles: who may do each, and what it leaves behind.

const mails = withSmtpMailbox();

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
  const newAddress = () => `invited-${Math.random().toString(36).slice(2)}@example.org`;
  const mailsTo = (email: string) => mails.filter((m) => m.to.includes(email));
  async function stateOf(email: string, organisation: string) {
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    return (await db.membership.findUnique({ where: { userId_organisationId: { userId: user.id, organisationId: organisation } } }))?.state;
  }

  it("mails a new address a link to choose a password; membership begins only when it is chosen", async () => {
    const moderator = await createPerson("moderator");
    const organisation = await organisationId("quakesafe");
    const email = newAddress();
    expect((await inviteMember(await createPerson("member", ["quakesafe"]), { email, organisationId: organisation })).ok).toBe(false);
    expect(await inviteMember(moderator, { email: email.toUpperCase(), organisationId: organisation })).toEqual({ ok: true, outcome: "invited", mailed: true });

    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.passwordHash).toBeNull();
    expect(await stateOf(email, organisation)).toBe("invited");
    expect((await loadActor(user.id))?.organisationIds).toEqual([]);

    await vi.waitFor(() => expect(mailsTo(email)).toHaveLength(1));
    const token = linkIn(mailsTo(email)[0], "/auth/reset-password");
    expect(await resetPassword({ token, password: "my chosen password", confirm: "my chosen password" })).toEqual({ ok: true, email });
    expect(await stateOf(email, organisation)).toBe("active");
    expect((await loadActor(user.id))?.organisationIds).toEqual([organisation]);
    expect((await authenticate({ email, password: "my chosen password" }, { ip: "10.1.0.1" })).ok).toBe(true);
  });

  it("mails an address someone pre-registered, and keeps the membership waiting until its owner proves it", async () => {
    const moderator = await createPerson("moderator");
    const organisation = await organisationId("quakesafe");
    const email = newAddress();
    // Someone else signed up with this address and never confirmed it.
    expect(await signUp({ name: "Not the owner", email, password: "the attacker's password" }, { ip: "10.1.0.2" })).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(mailsTo(email)).toHaveLength(1));

    expect(await inviteMember(moderator, { email, organisationId: organisation })).toEqual({ ok: true, outcome: "invited", mailed: true });
    await vi.waitFor(() => expect(mailsTo(email)).toHaveLength(2));
    const invitation = mailsTo(email)[1];
    expect(invitation?.subject).toMatch(/invited/);
    expect(await stateOf(email, organisation)).toBe("invited");
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect((await loadActor(user.id))?.organisationIds).toEqual([]);
    expect((await authenticate({ email, password: "the attacker's password" }, { ip: "10.1.0.2" })).ok).toBe(false);

    const token = linkIn(invitation, "/auth/reset-password");
    expect(await resetPassword({ token, password: "the owner's password", confirm: "the owner's password" })).toEqual({ ok: true, email });
    expect((await loadActor(user.id))?.organisationIds).toEqual([organisation]);
  });

  it("adds a confirmed account at once and mails it; a second invitation is refused", async () => {
    const moderator = await createPerson("moderator");
    const organisation = await organisationId("techbridge");
    const person = await createPerson("member");
    expect(await inviteMember(moderator, { email: person.email, organisationId: organisation })).toEqual({ ok: true, outcome: "added", mailed: true });
    expect((await loadActor(person.id))?.organisationIds).toEqual([organisation]);
    await vi.waitFor(() => expect(mailsTo(person.email).map((m) => m.subject)).toEqual([expect.stringMatching(/^You are now a member of /)]));
    expect(await inviteMember(moderator, { email: person.email, organisationId: organisation })).toMatchObject({ ok: false, message: expect.stringMatching(/already a member/) });
  });
});

describe("administration", () => {
  it("lets only admins change roles, audited with from and to", async () => {
    const admin = await createPerson("admin");
    const moderator = await createPerson("moderator");
    const member = await createPerson("member");
    expect((await changeUserRole(moderator, { userId: member.id, role: "admin" })).ok).toBe(false);
    expect((await changeUserRole(admin, { userId: admin.id, role: "member" })).ok).toBe(false);
    // A change of role needs its box ticked; unticked, nothing changes (issue 12).
    const unconfirmed = await changeUserRole(admin, { userId: member.id, role: "moderator" });
    expect(unconfirmed.ok).toBe(false);
    expect(unconfirmed.ok ? {} : unconfirmed.fieldErrors).toHaveProperty("confirm");
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("member");
    expect(await changeUserRole(admin, { userId: member.id, role: "moderator", confirm: "yes" })).toEqual({ ok: true });
    expect((await loadActor(member.id))?.role).toBe("moderator");
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.role_changed", subjectId: member.id } });
    expect(event.details).toEqual({ from: "member", to: "moderator" });
  });

  it("deactivates a user: sign-in refused, sessions ended, work kept, audited; reactivates them", async () => {
    const admin = await createPerson("admin");
    const moderator = await createPerson("moderator");
    const member = await createPerson("member");
    const password = "a long enough password";
    await db.user.update({ where: { id: member.id }, data: { passwordHash: await hashPassword(password) } });
    const session = { version: 0, id: "session-before", since: Math.floor(Date.now() / 1000) };
    expect(await loadActor(member.id, session)).not.toBeNull();

    expect((await setUserActive(moderator, { userId: member.id, active: "no", confirm: "yes" })).ok).toBe(false);
    expect(await setUserActive(admin, { userId: admin.id, active: "no", confirm: "yes" })).toMatchObject({ ok: false, code: "forbidden" });
    expect((await setUserActive(admin, { userId: member.id, active: "no" })).ok).toBe(false);
    expect(await loadActor(member.id, session)).not.toBeNull();

    expect(await setUserActive(admin, { userId: member.id, active: "no", confirm: "yes" })).toEqual({ ok: true, active: false });
    expect(await db.user.findUnique({ where: { id: member.id } })).not.toBeNull();
    expect(await loadActor(member.id, session)).toBeNull();
    expect(await loadActor(member.id)).toBeNull();
    expect(await authenticate({ email: member.email, password }, { ip: "203.0.113.12" })).toMatchObject({ ok: false, message: expect.stringMatching(/deactivated/) });
    const token = await createAuthToken(member.email, "resetPassword");
    expect(await resetPassword({ token, password: "another long password", confirm: "another long password" })).toMatchObject({ ok: false, message: expect.stringMatching(/deactivated/) });
    const signIn = authOptions.callbacks?.signIn;
    expect(await signIn?.({ user: { id: member.id, email: member.email }, account: null })).toBe("/auth/sign-in?error=Deactivated");
    // Asking for a link: next-auth's user for an address is the address itself, also as its id.
    expect(await signIn?.({ user: { id: member.email, email: member.email.toUpperCase() }, account: null })).toBe("/auth/sign-in?error=Deactivated");
    const stranger = `nobody-${Date.now()}@example.org`;
    expect(await signIn?.({ user: { id: stranger, email: stranger }, account: null })).toBe(true);
    expect((await listUsers(admin, { q: member.email }))?.users[0]?.deactivatedAt).toBeInstanceOf(Date);
    expect(await db.auditEvent.count({ where: { action: "user.deactivated", subjectId: member.id, actorId: admin.id } })).toBe(1);

    expect(await setUserActive(admin, { userId: member.id, active: "yes", confirm: "yes" })).toEqual({ ok: true, active: true });
    expect((await authenticate({ email: member.email, password }, { ip: "203.0.113.12" })).ok).toBe(true);
    // Sessions from before the deactivation stay ended.
    expect(await loadActor(member.id, session)).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "user.reactivated", subjectId: member.id } })).toBe(1);
  });

  it("filters the user list by role", async () => {
    const admin = await createPerson("admin");
    const moderator = await createPerson("moderator");
    const member = await createPerson("member");
    const moderators = await listUsers(admin, { role: "moderator", q: "moderator-" });
    expect(moderators?.users.map((u) => u.email)).toContain(moderator.email);
    expect(moderators?.users.every((u) => u.role === "moderator")).toBe(true);
    expect(moderators?.role).toBe("moderator");
    expect((await listUsers(admin, { role: "member", q: member.email }))?.users.map((u) => u.email)).toEqual([member.email]);
    expect((await listUsers(admin, { role: "nonsense" }))?.role).toBe("");
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
