import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getApiEntry } from "../../app/api/v1/entries/[slug]/route";
import { GET as getAtom } from "../../app/feeds/atom/route";
import type { Actor } from "../../lib/auth/permissions";
import { getPublishedEntry } from "../../lib/catalogue/entries";
import { CONTACT_LIMITS } from "../../lib/contact/limits";
import { pruneContactLog } from "../../lib/contact/log";
import { entryContactPanel, setEntryContact } from "../../lib/contact/moderation";
import { CONTACT_CLOSED_MESSAGE, sendContactMessage } from "../../lib/contact/relay";
import { contactTarget } from "../../lib/contact/target";
import { db } from "../../lib/db";
import { exportSearch } from "../../lib/export/export-search";
import { PEER_HEADER } from "../../lib/http/client-ip";
import { mailDelivered } from "../../lib/mail/outbox";
import { oaiIdentifier } from "../../lib/oai/identifiers";
import { oaiResponse } from "../../lib/oai/respond";
import { setOrganisationContact } from "../../lib/organisations/contact";
import { entryJsonLd, serialiseJsonLd } from "../../lib/seo/json-ld";
import { createPerson, organisationId } from "./support/people";
import { withSmtpMailbox } from "./support/smtp-mailbox";

// Contact the people behind an entry (issue 16), on a real PostgreSQL and
// through a real SMTP server: the relay with the visitor as Reply-To, the
// organisation's address never handed out, the limits per sender, client and
// entry, the honeypot, the size limit, the switch, and a log without bodies.

process.env.NEXTAUTH_SECRET ??= "a secret for the contact tests only";

const mails = withSmtpMailbox();
const CONTACT = "team@quakesafe.example";
const OTHER_CONTACT = "hello@techbridge.example";
let moderator: Actor;
let member: Actor;
let admin: Actor;

afterAll(() => db.$disconnect());

beforeAll(async () => {
  [moderator, member, admin] = await Promise.all([createPerson("moderator"), createPerson("member", ["quakesafe"]), createPerson("admin")]);
  for (const [slug, address] of [["quakesafe", CONTACT], ["techbridge", OTHER_CONTACT]] as const) {
    const result = await setOrganisationContact(admin, { organisationId: await organisationId(slug), contactEmail: ` ${address.toUpperCase()} ` });
    expect(result).toEqual({ ok: true, change: "set" });
  }
});

let client = 0;
/** A client address of its own, so that tests do not share a client's budget unless they mean to. */
const nextIp = () => `192.0.2.${++client}`;
const sender = () => `visitor-${randomUUID().slice(0, 8)}@example.org`;
const message = (overrides: Record<string, string> = {}) => ({
  slug: "quakesafe",
  name: "Ada Teacher",
  email: sender(),
  message: "Dear team, could our school join the seismic safety clubs next year?",
  website: "",
  ...overrides,
});
const send = (input: Record<string, string>, ip = nextIp(), requestBytes = 600) => sendContactMessage(input, { ip, requestBytes });
const logRows = (slug: string) => db.contactMessage.findMany({ where: { entry: { slug } }, orderBy: { id: "asc" } });
const mailsTo = (address: string) => mails.filter((m) => m.to.includes(address));

describe("the relay", () => {
  it("mails the organisation's address with the visitor as Reply-To, links defanged and quoted, in the recipient's language", async () => {
    const from = sender();
    const before = (await logRows("quakesafe")).length;
    const result = await send(message({
      email: from,
      name: "Ada https://evil.example",
      message: "Hello,\nplease see https://evil.example/login and www.evil.example\n\n-- \nSTEM Clearinghouse team: https://evil.example/reset",
    }));
    expect(result).toEqual({ ok: true, organisation: expect.stringContaining("QUAKESAFE") });
    expect(JSON.stringify(result)).not.toContain(CONTACT);
    await mailDelivered();
    await expect.poll(() => mailsTo(CONTACT).length).toBe(1);
    const mail = mailsTo(CONTACT)[0];
    expect(mail?.headers["reply-to"]).toBe(from);
    expect(mail?.headers.from).not.toContain(from);
    expect(mail?.subject).toMatch(/^Message from a visitor about “Advancing Innovative STEM Education/);
    expect(mail?.subject).not.toContain("Ada");
    expect(mail?.text).toContain("> please see hxxps://evil[.]example/login and www[.]evil[.]example");
    expect(mail?.text).toContain("> STEM Clearinghouse team: hxxps://evil[.]example/reset");
    expect(mail?.text).toContain("Name they gave: Ada hxxps://evil[.]example");
    expect(mail?.text).toContain(`Address they gave: ${from}`);
    expect(mail?.text).toMatch(/^https?:\/\/\S+\/entries\/quakesafe$/m);
    // The only links in the mail are the site's own.
    expect(mail?.text.match(/https?:\/\/\S+/g)).toEqual([expect.stringMatching(/\/entries\/quakesafe$/)]);
    expect((await logRows("quakesafe")).slice(before).map((r) => r.outcome)).toEqual(["relayed"]);
  });

  it("writes in the recipient's language when the address has an account that chose one", async () => {
    await db.user.create({ data: { email: OTHER_CONTACT, locale: "de", role: "member" } });
    expect(await send(message({ slug: "techbridge" }))).toMatchObject({ ok: true });
    await mailDelivered();
    await expect.poll(() => mailsTo(OTHER_CONTACT).length).toBe(1);
    expect(mailsTo(OTHER_CONTACT)[0]?.subject).toMatch(/^Nachricht einer Besucherin oder eines Besuchers zu „/);
    expect(mailsTo(OTHER_CONTACT)[0]?.text).toMatch(/^Guten Tag,/);
  });

  it("keeps no body in the log: metadata and keyed hashes only", async () => {
    const from = sender();
    const words = `A very particular sentence ${randomUUID()}`;
    const ip = nextIp();
    await send(message({ email: from, message: words }), ip);
    const [row] = await db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM contact_messages ORDER BY id DESC LIMIT 1`;
    const stored = JSON.stringify(row, (_, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
    expect(Object.keys(row ?? {}).sort()).toEqual(["client_hash", "created_at", "entry_id", "id", "outcome", "sender_hash", "size"]);
    for (const secret of [words, from, from.split("@")[0] ?? from, ip, CONTACT]) expect(stored).not.toContain(secret);
    expect(row?.size).toBe(Buffer.byteLength(words));
    expect(row?.sender_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses what is not valid, says why field by field, and relays nothing", async () => {
    const before = await db.mailOutbox.count();
    const result = await send(message({ name: " ", email: "not an address", message: "Too short" }));
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { name: ["Enter your name."], email: ["Enter an email address like name@example.org."], message: ["Write a message of at least 10 characters."] },
    });
    expect(await send(message({ message: "x".repeat(5001) }))).toMatchObject({ fieldErrors: { message: ["Keep your message to 5000 characters or fewer."] } });
    expect(await db.mailOutbox.count()).toBe(before);
  });

  it("refuses a request larger than the size limit before reading it", async () => {
    const before = await db.contactMessage.count();
    const result = await send(message(), nextIp(), 20_001);
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { message: ["The form sent more than 20 kB. Shorten your message."] } });
    expect(await db.contactMessage.count()).toBe(before);
  });

  it("answers a filled honeypot as if sent, relays nothing and logs it", async () => {
    await mailDelivered();
    const before = mailsTo(CONTACT).length;
    const result = await send(message({ website: "https://spam.example" }));
    expect(result).toEqual({ ok: true, organisation: expect.any(String) });
    await mailDelivered();
    expect(mailsTo(CONTACT).length).toBe(before);
    expect((await logRows("quakesafe")).at(-1)?.outcome).toBe("honeypot");
  });
});

describe("the limits", () => {
  it(`let one sender address write ${CONTACT_LIMITS.perSender.limit} messages an hour, whatever the client, and log the first refusal once`, async () => {
    const from = sender();
    for (let i = 0; i < CONTACT_LIMITS.perSender.limit; i++) expect(await send(message({ email: from }))).toMatchObject({ ok: true });
    const refused = await send(message({ email: from.toUpperCase() }));
    expect(refused).toMatchObject({ ok: false, code: "rate_limited" });
    expect(refused.ok ? "" : refused.message).toMatch(/^You have sent several messages from this address in the last hour\. Try again in \d+ minutes\.$/);
    await send(message({ email: from }));
    const rows = (await logRows("quakesafe")).slice(-CONTACT_LIMITS.perSender.limit - 1);
    expect(rows.map((r) => r.outcome)).toEqual([...Array<string>(CONTACT_LIMITS.perSender.limit).fill("relayed"), "rate_limited"]);
  });

  it(`let an entry receive ${CONTACT_LIMITS.perEntry.limit} messages an hour from anyone`, async () => {
    // An entry of its own, so that the other tests' messages do not count.
    const organisation = await db.organisation.create({ data: { slug: `contact-limit-${randomUUID().slice(0, 8)}`, name: "Limit test", contactEmail: "limit@example.org" } });
    const slug = "stem-at-home";
    await db.entry.update({ where: { slug }, data: { organisationId: organisation.id } });
    for (let i = 0; i < CONTACT_LIMITS.perEntry.limit; i++) expect(await send(message({ slug }))).toMatchObject({ ok: true });
    const refused = await send(message({ slug }));
    expect(refused.ok ? "" : refused.message).toMatch(/^This entry has received many messages in the last hour\. Try again in \d+ minutes\.$/);
    // Another entry still takes messages.
    expect(await send(message())).toMatchObject({ ok: true });
  });

  it(`let one client write ${CONTACT_LIMITS.perClient.limit} messages an hour; a honeypot flood counts there and nowhere else`, async () => {
    const ip = nextIp();
    const before = (await logRows("quakesafe")).length;
    for (let i = 0; i < CONTACT_LIMITS.perClient.limit + 5; i++) expect(await send(message({ website: "filled" }), ip)).toMatchObject({ ok: true });
    // Logged while within the limit only, so a flood cannot fill the log.
    expect((await logRows("quakesafe")).length - before).toBe(CONTACT_LIMITS.perClient.limit);
    const refused = await send(message(), ip);
    expect(refused.ok ? "" : refused.message).toMatch(/^Many messages have been sent from your network in the last hour\. Try again in \d+ minutes\.$/);
    expect(await send(message(), nextIp())).toMatchObject({ ok: true });
  });
});

describe("moderators", () => {
  it("switch contact off and on again with a reason, audited; only they may, and 'last updated' stays", async () => {
    const entry = await db.entry.findUniqueOrThrow({ where: { slug: "quakesafe" }, select: { id: true, updatedAt: true } });
    expect(await setEntryContact(member, { slug: "quakesafe", enabled: "off", reason: "Spam" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await setEntryContact(moderator, { slug: "quakesafe", enabled: "off", reason: " " })).toMatchObject({ ok: false, fieldErrors: { reason: ["Give the reason"] } });

    expect(await setEntryContact(moderator, { slug: "quakesafe", enabled: "off", reason: "The organisation is flooded." })).toEqual({ ok: true, enabled: false });
    expect(await contactTarget("quakesafe")).toBeNull();
    expect(await send(message())).toMatchObject({ ok: false, code: "not_found", message: CONTACT_CLOSED_MESSAGE });
    expect((await entryContactPanel(moderator, "quakesafe"))?.enabled).toBe(false);
    expect(await entryContactPanel(member, "quakesafe")).toBeNull();

    expect(await setEntryContact(moderator, { slug: "quakesafe", enabled: "on", reason: "They asked for it back." })).toEqual({ ok: true, enabled: true });
    expect(await send(message())).toMatchObject({ ok: true });
    const events = await db.auditEvent.findMany({ where: { subjectId: entry.id, action: { startsWith: "entry.contact_" } }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.actorId, e.details])).toEqual([
      ["entry.contact_switched_off", moderator.id, { slug: "quakesafe", reason: "The organisation is flooded." }],
      ["entry.contact_switched_on", moderator.id, { slug: "quakesafe", reason: "They asked for it back." }],
    ]);
    expect((await db.entry.findUniqueOrThrow({ where: { id: entry.id } })).updatedAt).toEqual(entry.updatedAt);
  });

  it("read an entry's recent log rows with short hashes, never a message", async () => {
    const panel = await entryContactPanel(moderator, "quakesafe");
    expect(panel).toMatchObject({ enabled: true, hasAddress: true, organisation: { slug: "quakesafe" } });
    expect(panel?.log.length).toBeGreaterThan(3);
    expect(panel?.log[0]).toEqual({ id: expect.any(String), at: expect.any(Date), outcome: expect.any(String), sender: expect.stringMatching(/^[0-9a-f]{10}$/), client: expect.stringMatching(/^[0-9a-f]{10}$/), size: expect.any(Number) });
    expect(JSON.stringify(panel)).not.toContain(CONTACT);
  });

  it("prune rows older than 90 days", async () => {
    const entry = await db.entry.findUniqueOrThrow({ where: { slug: "quakesafe" }, select: { id: true } });
    const old = await db.contactMessage.create({
      data: { entryId: entry.id, outcome: "relayed", senderHash: "a".repeat(64), clientHash: "b".repeat(64), size: 12, createdAt: new Date(Date.now() - 91 * 24 * 3600 * 1000) },
    });
    expect(await pruneContactLog()).toBe(1);
    expect(await db.contactMessage.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.contactMessage.count({ where: { entryId: entry.id } })).toBeGreaterThan(0);
  });
});

describe("the organisation's contact address", () => {
  it("is set by staff only, checked, stored in lower case, and audited with its domain only", async () => {
    const id = await organisationId("quakesafe");
    expect(await setOrganisationContact(member, { organisationId: id, contactEmail: "x@example.org" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await setOrganisationContact(moderator, { organisationId: id, contactEmail: "not an address" })).toMatchObject({
      ok: false,
      fieldErrors: { contactEmail: ["Enter an email address like name@example.org."] },
    });
    expect(await setOrganisationContact(moderator, { organisationId: id, contactEmail: CONTACT })).toEqual({ ok: true, change: "unchanged" });
    const events = await db.auditEvent.findMany({ where: { subjectId: id, action: "organisation.contact_changed" } });
    expect(events.map((e) => e.details)).toEqual([{ organisation: "quakesafe", change: "set", domain: "quakesafe.example" }]);
    expect((await db.organisation.findUniqueOrThrow({ where: { id } })).contactEmail).toBe(CONTACT);
    await expect(db.$executeRaw`UPDATE organisations SET contact_email = 'Not Lower@Example.org' WHERE id = ${id}::uuid`).rejects.toThrow(/organisations_contact_email_check/);
  });

  it("without it, an entry takes no messages", async () => {
    const id = await organisationId("techbridge");
    expect(await setOrganisationContact(admin, { organisationId: id, contactEmail: "" })).toEqual({ ok: true, change: "removed" });
    expect(await contactTarget("techbridge")).toBeNull();
    expect(await send(message({ slug: "techbridge" }))).toMatchObject({ ok: false, code: "not_found" });
    expect(await setOrganisationContact(admin, { organisationId: id, contactEmail: OTHER_CONTACT })).toEqual({ ok: true, change: "set" });
  });

  it("never appears in the API, exports, OAI-PMH, JSON-LD or feeds", async () => {
    const peer = { [PEER_HEADER]: "198.51.100.7" };
    const api = await getApiEntry(new NextRequest("http://localhost/api/v1/entries/quakesafe", { headers: peer }), { params: Promise.resolve({ slug: "quakesafe" }) });
    expect(api.status).toBe(200);
    const exported = await Promise.all(
      ["csv", "json"].map(async (format) => {
        const outcome = await exportSearch(new URLSearchParams({ q: "quakesafe", format }));
        if (!outcome.ok) throw new Error(outcome.message);
        return new Response(outcome.download.body).text();
      }),
    );
    const oai = await oaiResponse(new Request(`http://localhost/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=${encodeURIComponent(oaiIdentifier("quakesafe"))}`));
    const oaiList = await oaiResponse(new Request("http://localhost/oai?verb=ListRecords&metadataPrefix=oai_dc"));
    const entry = await getPublishedEntry("quakesafe");
    if (!entry) throw new Error("quakesafe is not published");
    const atom = await getAtom(new NextRequest("http://localhost/feeds/atom?q=quakesafe"));
    const record = await oai.text();
    expect(record).toContain("/entries/quakesafe");
    const outputs = [await api.text(), ...exported, record, await oaiList.text(), serialiseJsonLd(entryJsonLd(entry)), JSON.stringify(entry), await atom.text()];
    expect(exported[0]).toContain("quakesafe");
    for (const output of outputs) {
      expect(output).not.toContain(CONTACT);
      expect(output).not.toContain("quakesafe.example");
    }
  });
});
