import fs from "node:fs";
import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { deleteAccount } from "../../lib/account/delete";
import { exportUserData } from "../../lib/account/export";
import { resendVerification, signUp, verifyEmail } from "../../lib/auth/accounts";
import { loadActor } from "../../lib/auth/actor";
import { ensureDemoAccounts } from "../../lib/auth/demo-accounts";
import { getServerSession } from "next-auth";
import { authOptions } from "../../lib/auth/options";
import { hashPassword } from "../../lib/auth/password";
import { sessionCookie } from "../../lib/auth/session-cookie";
import { revokeSessionToken } from "../../lib/auth/session-revocation";
import { sessionToken } from "../../lib/auth/session-token";
import { requestPasswordReset, resetPassword } from "../../lib/auth/password-reset";
import { authenticate } from "../../lib/auth/sign-in";
import { consumeAuthToken, createAuthToken, hashToken } from "../../lib/auth/tokens";
import { db } from "../../lib/db";
import { consumeRateLimit, peekRateLimit } from "../../lib/rate-limit/postgres";
import { linkIn, startMailbox, type ReceivedMail } from "../support/mailbox";
import { createPerson, organisationId, programmeContent } from "./support/people";

// Accounts end to end through lib/: mails really go over SMTP to a server in
// this process, and links are read back out of them.

let mailbox: Awaited<ReturnType<typeof startMailbox>>;
let ipCounter = 0;
/** Each test gets its own client address, so per-address limits never leak between tests. */
const context = () => ({ ip: `10.0.0.${++ipCounter}` });
const uniqueEmail = (label: string) => `${label}-${Math.random().toString(36).slice(2, 10)}@example.org`;

async function mailTo(email: string): Promise<ReceivedMail> {
  await vi.waitFor(() => expect(mailbox.mails.some((m) => m.to.includes(email))).toBe(true), { timeout: 5000 });
  const mails = mailbox.mails.filter((m) => m.to.includes(email));
  return mails[mails.length - 1] as ReceivedMail;
}

beforeAll(async () => {
  mailbox = await startMailbox();
  process.env.SMTP_URL = mailbox.url;
  process.env.NEXTAUTH_URL = "http://clearinghouse.test";
  process.env.NEXTAUTH_SECRET = "a secret for the tests only";
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await mailbox.stop();
});
beforeEach(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
});

describe("sign-up and email verification", () => {
  it("mails a confirmation link, where the owner of the address chooses the password", async () => {
    const email = uniqueEmail("ada");
    const password = "a long enough password";
    const result = await signUp({ name: "Ada", email: `  ${email.toUpperCase()} ` }, context());
    expect(result).toEqual({ ok: true, email });

    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.role).toBe("member");
    expect(user.emailVerified).toBeNull();
    expect(user.passwordHash).toBeNull();

    const mail = await mailTo(email);
    expect(mail.subject).toBe("Please confirm your email address");
    const token = linkIn(mail, "/auth/verify");
    expect(mail.text).toContain("http://clearinghouse.test/auth/verify?token=");

    const mismatch = await verifyEmail({ token, password, confirm: "something else" });
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirm: [expect.any(String)] } });
    expect(await verifyEmail({ token, password, confirm: password })).toEqual({ ok: true, email });
    expect(await verifyEmail({ token, password: "another password", confirm: "another password" })).toMatchObject({ ok: false });
    const confirmed = await db.user.findUniqueOrThrow({ where: { email } });
    expect(confirmed.emailVerified).not.toBeNull();
    expect(confirmed.passwordHash).toMatch(/^scrypt\$/);
    expect(confirmed.passwordHash).not.toContain(password);
    expect(await authenticate({ email, password }, context())).toEqual({ ok: true, userId: user.id, role: "member" });
  });

  it("keep no password chosen before the address was proven: a sign-up on someone else's address cannot take it over", async () => {
    const victim = uniqueEmail("victim");
    const attackerPassword = "the attacker's password";
    expect(await signUp({ name: "Not the owner", email: victim, password: attackerPassword }, context())).toEqual({ ok: true, email: victim });
    expect((await db.user.findUniqueOrThrow({ where: { email: victim } })).passwordHash).toBeNull();
    expect((await authenticate({ email: victim, password: attackerPassword }, context())).ok).toBe(false);

    // The owner opens the unsolicited mail and confirms, choosing their own password.
    const token = linkIn(await mailTo(victim), "/auth/verify");
    expect(await verifyEmail({ token, password: "the owner's own password", confirm: "the owner's own password" })).toEqual({ ok: true, email: victim });
    expect((await authenticate({ email: victim, password: attackerPassword }, context())).ok).toBe(false);
    expect((await authenticate({ email: victim, password: "the owner's own password" }, context())).ok).toBe(true);
  });

  it("are kept by the database from holding a password on an unconfirmed account", async () => {
    const email = uniqueEmail("check");
    await expect(db.user.create({ data: { email, passwordHash: await hashPassword("a long enough password") } })).rejects.toThrow(/users_password_needs_proven_address/);
  });

  it("answers a sign-up for a taken address the same way, and tells the owner by mail", async () => {
    const owner = await createPerson("member");
    const result = await signUp({ name: "Someone", email: owner.email, password: "another long password" }, context());
    expect(result).toEqual({ ok: true, email: owner.email });
    expect((await mailTo(owner.email)).subject).toBe("You already have an account");
    const user = await db.user.findUniqueOrThrow({ where: { email: owner.email } });
    expect(user.passwordHash).toBeNull();
  });

  it("refuses bad input with messages per field", async () => {
    const result = await signUp({ name: "", email: "not an address" }, context());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(["email", "name"]);
  });

  it("resends a link to an unconfirmed account only", async () => {
    const email = uniqueEmail("resend");
    await signUp({ name: "Re", email }, context());
    const before = mailbox.mails.length;
    expect(await resendVerification({ email }, context())).toEqual({ ok: true });
    await vi.waitFor(() => expect(mailbox.mails.length).toBe(before + 1));
    expect(await resendVerification({ email: uniqueEmail("nobody") }, context())).toEqual({ ok: true });
  });
});

describe("password reset", () => {
  it("mails a one-time link that sets a new password", async () => {
    const email = uniqueEmail("reset");
    await signUp({ name: "Reset", email }, context());
    const first = "the first password";
    await verifyEmail({ token: linkIn(await mailTo(email), "/auth/verify"), password: first, confirm: first });

    expect(await requestPasswordReset({ email }, context())).toEqual({ ok: true });
    await vi.waitFor(async () => expect((await mailTo(email)).subject).toBe("Choose a new password"));
    const token = linkIn(await mailTo(email), "/auth/reset-password");

    const mismatch = await resetPassword({ token, password: "the second password", confirm: "something else" });
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirm: [expect.any(String)] } });
    expect(await resetPassword({ token, password: "the second password", confirm: "the second password" })).toEqual({ ok: true, email });
    expect(await resetPassword({ token, password: "a third password", confirm: "a third password" })).toMatchObject({ ok: false });

    expect((await authenticate({ email, password: "the first password" }, context())).ok).toBe(false);
    const signedIn = await authenticate({ email, password: "the second password" }, context());
    expect(signedIn.ok).toBe(true);

    // Sessions issued before the new password no longer count; new ones do.
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const session = { id: "a-session", since: Math.floor(Date.now() / 1000) };
    expect(await loadActor(user.id, { ...session, version: user.sessionVersion - 1 })).toBeNull();
    expect(await loadActor(user.id, { ...session, version: user.sessionVersion })).toMatchObject({ email });
  });

  it("answers the same for an unknown address and sends nothing", async () => {
    const before = mailbox.mails.length;
    const known = await createPerson("member");
    const unknown = await requestPasswordReset({ email: uniqueEmail("ghost") }, context());
    const existing = await requestPasswordReset({ email: known.email }, context());
    expect(unknown).toEqual(existing);
    await mailTo(known.email);
    expect(mailbox.mails.length).toBe(before + 1);
  });

  it("refuses expired tokens and stores only their hash", async () => {
    const email = uniqueEmail("expired");
    const token = await createAuthToken(email, "resetPassword");
    expect(await db.authToken.findUnique({ where: { tokenHash: token } })).toBeNull();
    await db.authToken.update({ where: { tokenHash: hashToken(token) }, data: { expires: new Date(Date.now() - 1000) } });
    expect(await consumeAuthToken(token, "resetPassword")).toBeNull();
    expect(await db.authToken.findUnique({ where: { tokenHash: hashToken(token) } })).toBeNull();
  });

  it("does not accept a token made for another purpose", async () => {
    const token = await createAuthToken(uniqueEmail("purpose"), "verifyEmail");
    expect(await consumeAuthToken(token, "resetPassword")).toBeNull();
  });
});

describe("rate limits", () => {
  it("trip after the limit and count atomically in the database", async () => {
    const key = `test:${Math.random()}`;
    const results = await Promise.all(Array.from({ length: 8 }, () => consumeRateLimit(key, { limit: 5, windowSeconds: 60 })));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const refused = results.find((r) => !r.allowed);
    expect(refused?.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused?.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("are counted in an unlogged table: no WAL flush per request (ADR 020)", async () => {
    const rows = await db.$queryRaw<{ persistence: string }[]>`SELECT relpersistence::text AS persistence FROM pg_class WHERE oid = 'rate_limits'::regclass`;
    expect(rows[0]?.persistence).toBe("u");
  });

  it("hold across server instances, which share only the database", async () => {
    const key = `shared:${Math.random()}`;
    await consumeRateLimit(key, { limit: 3, windowSeconds: 3600 });
    // A second instance: its own connection, no memory in common with this process's client.
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    const { rows } = await other.query<{ count: number }>("SELECT count FROM rate_limits WHERE key = $1", [key]);
    await other.query("UPDATE rate_limits SET count = count + 2 WHERE key = $1", [key]);
    await other.end();
    expect(rows[0]?.count).toBe(1);
    expect(await peekRateLimit(key, 3600)).toBe(3);
    expect((await consumeRateLimit(key, { limit: 3, windowSeconds: 3600 })).allowed).toBe(false);
  });

  it("limit sign-ups per email address", async () => {
    const email = uniqueEmail("flood");
    const attempts = [];
    for (let i = 0; i < 4; i++) attempts.push(await signUp({ name: "Flood", email }, context()));
    expect(attempts.slice(0, 3).every((a) => a.ok)).toBe(true);
    expect(attempts[3]).toMatchObject({ ok: false, message: expect.stringMatching(/Too many attempts/) });
  });

  it("limit password reset requests per email address", async () => {
    const email = uniqueEmail("reset-flood");
    for (let i = 0; i < 3; i++) expect((await requestPasswordReset({ email }, context())).ok).toBe(true);
    expect((await requestPasswordReset({ email }, context())).ok).toBe(false);
  });

  it("count and log failed sign-ins per email, which slow further attempts down", async () => {
    const email = uniqueEmail("brute");
    await db.user.create({ data: { email, emailVerified: new Date(), passwordHash: await hashPassword("the right password") } });
    for (let i = 0; i < 3; i++) expect((await authenticate({ email, password: `wrong ${i}` }, context())).ok).toBe(false);
    expect(await peekRateLimit(`signin-fail:${email}`, 900)).toBe(3);
    const logged = vi.mocked(console.warn).mock.calls.map((call) => String(call[0])).filter((line) => line.includes(email));
    expect(logged).toHaveLength(3);
    expect(JSON.parse(logged[2] ?? "{}")).toMatchObject({ event: "auth.sign_in_failed", email, reason: "wrong_password", recentFailures: 3 });
    expect(logged.join("\n")).not.toContain("wrong 2");

    const started = Date.now();
    expect((await authenticate({ email, password: "wrong 3" }, context())).ok).toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it("never refuse the owner's right password because strangers failed on the same email (NIST SP 800-63B)", async () => {
    const email = uniqueEmail("locked");
    await db.user.create({ data: { email, emailVerified: new Date(), passwordHash: await hashPassword("the right password") } });
    // Ten wrong passwords at once, each from another address.
    const strangers = await Promise.all(Array.from({ length: 10 }, (_, i) => authenticate({ email, password: `guess ${i}` }, context())));
    expect(strangers.every((r) => !r.ok)).toBe(true);
    expect(await peekRateLimit(`signin-fail:${email}`, 900)).toBe(10);

    const owner = await authenticate({ email, password: "the right password" }, context());
    expect(owner).toMatchObject({ ok: true });
    // ...and once the owner is in, the slowdown is over.
    expect(await peekRateLimit(`signin-fail:${email}`, 900)).toBe(0);
  });

  it("let a whole school sign in from one address, counting only failures there", async () => {
    const ip = { ip: "10.9.0.1" };
    const email = uniqueEmail("school");
    await db.user.create({ data: { email, emailVerified: new Date(), passwordHash: await hashPassword("the right password") } });
    for (let i = 0; i < 60; i++) expect((await authenticate({ email, password: "the right password" }, ip)).ok).toBe(true);
    expect(await authenticate({ email, password: "the right password" }, ip)).toMatchObject({ ok: true });
    expect(await peekRateLimit(`signin-fail-ip:${ip.ip}`, 900)).toBe(0);
  }, 120_000);

  it("refuse an address once its failures pass the limit, and not the others", async () => {
    const flooding = { ip: "10.9.0.2" };
    const email = uniqueEmail("flooded");
    await db.user.create({ data: { email, emailVerified: new Date(), passwordHash: await hashPassword("the right password") } });
    expect((await authenticate({ email: uniqueEmail("guess"), password: "a guess" }, flooding)).ok).toBe(false);
    for (let i = 1; i < 100; i++) await consumeRateLimit(`signin-fail-ip:${flooding.ip}`, { limit: 100, windowSeconds: 900 });
    expect(await authenticate({ email, password: "the right password" }, flooding)).toMatchObject({ ok: false, message: expect.stringMatching(/Too many attempts/) });
    expect(await authenticate({ email, password: "the right password" }, context())).toMatchObject({ ok: true });
  });

  it("let a conference hall sign up from one address", async () => {
    const hall = { ip: "10.9.0.3" };
    for (let i = 0; i < 12; i++) {
      expect(await signUp({ name: `Participant ${i}`, email: uniqueEmail("hall") }, hall)).toMatchObject({ ok: true });
    }
  });
});

describe("sessions", () => {
  it("are read by next-auth from the cookie our sign-in form sets, carrying only the user id and session version", async () => {
    const person = await createPerson("member");
    const token = await sessionToken(person.id, 0);
    // A bare Node request and response, as next-auth reads them outside the App Router.
    const read = (cookie: string) => {
      const request = Object.assign(new IncomingMessage(new Socket()), { cookies: { [sessionCookie().name]: cookie } });
      request.headers = { host: "clearinghouse.test" };
      return getServerSession(request, new ServerResponse(request), authOptions);
    };
    expect(await read(token)).toEqual({
      expires: expect.any(String),
      userId: person.id,
      sessionVersion: 0,
      sessionId: expect.stringMatching(/^[\w-]{36}$/),
      since: expect.any(Number),
    });
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await read(`${token.slice(0, -4)}AAAA`)).toBeNull();
  });

  it("end on the server when signed out: a copy of the cookie no longer finds the user, other sessions go on", async () => {
    const person = await createPerson("member");
    const copied = await sessionToken(person.id, 0);
    const other = await sessionToken(person.id, 0);
    const refOf = async (token: string) => {
      const request = Object.assign(new IncomingMessage(new Socket()), { cookies: { [sessionCookie().name]: token } });
      request.headers = { host: "clearinghouse.test" };
      const session = await getServerSession(request, new ServerResponse(request), authOptions);
      return { version: session?.sessionVersion ?? -1, id: session?.sessionId, since: session?.since };
    };
    expect(await loadActor(person.id, await refOf(copied))).toMatchObject({ id: person.id });

    await revokeSessionToken(copied);
    expect(await loadActor(person.id, await refOf(copied))).toBeNull();
    expect(await loadActor(person.id, await refOf(other))).toMatchObject({ id: person.id });
    await revokeSessionToken(copied);
    await revokeSessionToken("not a session");

    // Sessions without an id (issued before revocation existed) or past their lifetime are over too.
    expect(await loadActor(person.id, { version: 0 })).toBeNull();
    expect(await loadActor(person.id, { version: 0, id: "an-old-session", since: Math.floor(Date.now() / 1000) - 8 * 24 * 3600 })).toBeNull();
  });

  it("use HttpOnly, SameSite=Lax cookies, Secure when the site is https", () => {
    expect(sessionCookie()).toEqual({ name: "next-auth.session-token", options: { httpOnly: true, sameSite: "lax", path: "/", secure: false } });
    process.env.NEXTAUTH_URL = "https://clearinghouse.test";
    expect(sessionCookie()).toMatchObject({ name: "__Secure-next-auth.session-token", options: { secure: true } });
    process.env.NEXTAUTH_URL = "http://clearinghouse.test";
  });
});

describe("demo accounts", () => {
  it("are created once, with distinct organisations, and then left alone", async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), "demo-"));
    const first = await ensureDemoAccounts(directory);
    expect(first.created).toBe(true);
    expect(first.accounts.map((a) => a.role)).toEqual(["admin", "moderator", "member", "member"]);
    const members = first.accounts.filter((a) => a.role === "member");
    expect(members[0]?.organisation).toBeTruthy();
    expect(members[0]?.organisation).not.toBe(members[1]?.organisation);

    const file = path.join(directory, "demo-accounts.json");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(fs.readFileSync(file, "utf8"))).toEqual(first.accounts);

    const second = await ensureDemoAccounts(directory);
    expect(second).toEqual({ created: false, accounts: first.accounts });

    for (const account of first.accounts) {
      expect(account.password.length).toBeGreaterThanOrEqual(16);
      const signedIn = await authenticate({ email: account.email, password: account.password }, context());
      expect(signedIn.ok).toBe(true);
      if (!signedIn.ok) continue;
      const actor = await loadActor(signedIn.userId);
      expect(actor?.role).toBe(account.role);
      expect(actor?.organisationIds).toHaveLength(account.organisation ? 1 : 0);
    }
    fs.rmSync(directory, { recursive: true });
  });
});

describe("a user's own data", () => {
  it("exports profile, memberships, proposals and notifications, never the password hash", async () => {
    const email = uniqueEmail("export");
    await db.user.create({ data: { email, passwordHash: "scrypt$N=16384,r=8,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA", emailVerified: new Date() } });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const organisation = await organisationId("quakesafe");
    await db.membership.create({ data: { userId: user.id, organisationId: organisation, state: "active" } });
    await db.notification.create({ data: { userId: user.id, message: "Hello", href: "/" } });
    const actor = await loadActor(user.id);
    if (!actor) throw new Error("no actor");
    const data = await exportUserData(actor);
    const json = JSON.stringify(data);
    expect(json).not.toMatch(/scrypt|passwordHash/);
    expect(data.profile.email).toBe(email);
    expect(data.memberships).toEqual([expect.objectContaining({ organisation: "quakesafe", state: "active" })]);
    expect(data.notifications).toHaveLength(1);
  });

  it("deletes the account on confirmation; proposals stay without author and entries stay", async () => {
    const actor = await createPerson("member", ["quakesafe"]);
    const organisation = await organisationId("quakesafe");
    const content = programmeContent();
    const proposal = await db.proposal.create({
      data: { organisationId: organisation, authorId: actor.id, kind: "programme", title: content.title, countries: content.countries, content },
    });
    const entriesBefore = await db.entry.count({ where: { organisationId: organisation } });
    await db.mailOutbox.create({ data: { recipient: actor.email, subject: "Your digest", text: "Not sent yet" } });

    expect(await deleteAccount(actor, { confirmEmail: "someone-else@example.org" })).toMatchObject({ ok: false });
    expect(await deleteAccount(actor, { confirmEmail: actor.email.toUpperCase() })).toEqual({ ok: true });

    expect(await db.user.findUnique({ where: { id: actor.id } })).toBeNull();
    expect((await db.proposal.findUniqueOrThrow({ where: { id: proposal.id } })).authorId).toBeNull();
    expect(await db.entry.count({ where: { organisationId: organisation } })).toBe(entriesBefore);
    expect(await db.auditEvent.count({ where: { action: "user.deleted", subjectId: actor.id } })).toBe(1);
    expect(await db.mailOutbox.count({ where: { recipient: actor.email } })).toBe(0);
  });

  it("keeps the last administrator", async () => {
    await db.user.updateMany({ where: { role: "admin" }, data: { role: "member" } });
    const admin = await createPerson("admin");
    expect(await deleteAccount(admin, { confirmEmail: admin.email })).toMatchObject({ ok: false });
  });
});
