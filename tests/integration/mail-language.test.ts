import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { exportUserData } from "../../lib/account/export";
import { signUp, verifyEmail } from "../../lib/auth/accounts";
import { requestPasswordReset } from "../../lib/auth/password-reset";
import type { Actor } from "../../lib/auth/permissions";
import { db } from "../../lib/db";
import { listNotifications } from "../../lib/notifications/notifications";
import { inviteMember } from "../../lib/organisations/invitations";
import { reviewProposal } from "../../lib/submissions/review";
import { mailLanguageOf, setMailLanguage } from "../../lib/users/mail-language";
import { linkIn, type ReceivedMail } from "../support/mailbox";
import { withSmtpMailbox } from "./support/smtp-mailbox";
import { createPerson, organisationId } from "./support/people";
import { submitDraft } from "./support/proposals";

// Mails and notifications in the recipient's language (issue 14), through a
// real SMTP server: the language comes from the sign-up page, can be changed
// on the account page, and decides every mail's words and links.

const mails = withSmtpMailbox();
let ipCounter = 0;
const context = () => ({ ip: `10.9.0.${++ipCounter}` });
const uniqueEmail = (label: string) => `${label}-${Math.random().toString(36).slice(2, 10)}@example.org`;

async function lastMailTo(email: string, count = 1): Promise<ReceivedMail> {
  await vi.waitFor(() => expect(mails.filter((m) => m.to.includes(email)).length).toBeGreaterThanOrEqual(count), { timeout: 5000 });
  const received = mails.filter((m) => m.to.includes(email));
  const mail = received[received.length - 1] as ReceivedMail;
  return { ...mail, text: mail.text.replace(/\r\n/g, "\n") }; // SMTP sends lines ending in CRLF
}

async function personIn(locale: string, organisations: string[] = []): Promise<Actor> {
  const person = await createPerson("member", organisations);
  await db.user.update({ where: { id: person.id }, data: { locale } });
  return person;
}

let moderator: Actor;
let quakesafe: string;

beforeAll(async () => {
  process.env.NEXTAUTH_URL = "http://clearinghouse.test";
  moderator = await createPerson("moderator");
  quakesafe = await organisationId("quakesafe");
});
beforeEach(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
});

describe("the language of a sign-up", () => {
  it("is the sign-up page's: a German page gets a German confirmation mail linking to the German page", async () => {
    const email = uniqueEmail("greta");
    expect(await signUp({ name: "Greta", email }, context(), "de")).toEqual({ ok: true, email });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).locale).toBe("de");

    const mail = await lastMailTo(email);
    expect(mail.subject).toBe("Bitte bestätigen Sie Ihre E-Mail-Adresse");
    expect(mail.text).toMatch(/^Guten Tag Greta,\n\nvielen Dank/);
    expect(mail.text).toContain("http://clearinghouse.test/de/auth/verify?token=");
    expect(mail.text).toContain("Mit freundlichen Grüßen");
    const token = linkIn(mail, "/de/auth/verify");
    expect(await verifyEmail({ token, password: "a long enough password", confirm: "a long enough password" })).toEqual({ ok: true, email });
  });

  it("gives a Romanian page a Romanian mail, with ș and ț", async () => {
    const email = uniqueEmail("ioana");
    await signUp({ name: "Ioana", email }, context(), "ro");
    const mail = await lastMailTo(email);
    expect(mail.subject).toBe("Vă rugăm să vă confirmați adresa de e-mail");
    expect(mail.text).toContain("Linkul funcționează o singură dată");
    expect(mail.text).toContain("http://clearinghouse.test/ro/auth/verify?token=");
    expect(mail.text).not.toMatch(/[şţ]/);
  });

  it("is English without a page language, with the mail word for word as before", async () => {
    const email = uniqueEmail("ada");
    await signUp({ name: "Ada", email }, context());
    const mail = await lastMailTo(email);
    expect(mail.subject).toBe("Please confirm your email address");
    expect(mail.text).toMatch(
      /^Hello Ada,\n\nThank you for creating an account on the STEM Clearinghouse\. Please confirm that this address is yours by opening the link below and choosing your password:\n\nhttp:\/\/clearinghouse\.test\/auth\/verify\?token=[\w-]+\n\nThe link works once, for 48 hours\. If you did not create an account, you can ignore this mail: nothing will happen\.\n\nWith kind regards,\nthe STEM Clearinghouse team\s*$/,
    );
  });

  it("refuses a language that is not an interface language", async () => {
    const email = uniqueEmail("nobody");
    // @ts-expect-error: the type already refuses it; zod refuses it at run time too
    await expect(signUp({ name: "X", email }, context(), "xx")).rejects.toThrow();
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
  });
});

describe("the language of mails on the account page", () => {
  it("round-trips, reaches the data export, and decides the next mail", async () => {
    const person = await createPerson("member");
    expect(await mailLanguageOf(person.id)).toBe("en");
    expect(await setMailLanguage(person, { locale: "mk" })).toEqual({ ok: true, locale: "mk" });
    expect(await mailLanguageOf(person.id)).toBe("mk");
    expect((await exportUserData(person)).profile.locale).toBe("mk");

    await requestPasswordReset({ email: person.email }, context());
    const mail = await lastMailTo(person.email);
    expect(mail.subject).toBe("Изберете нова лозинка");
    expect(mail.text).toContain("http://clearinghouse.test/mk/auth/reset-password?token=");
  });

  it("refuses an unknown language (zod) and anyone not signed in", async () => {
    const person = await personIn("fr");
    expect(await setMailLanguage(person, { locale: "xx" })).toMatchObject({ ok: false, code: "invalid", fieldErrors: { locale: [expect.any(String)] } });
    expect(await setMailLanguage(person, { locale: "EN" })).toMatchObject({ ok: false, code: "invalid" });
    expect(await setMailLanguage(person, {})).toMatchObject({ ok: false, code: "invalid" });
    expect(await setMailLanguage(null, { locale: "de" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await mailLanguageOf(person.id)).toBe("fr");
  });
});

describe("decisions and notices in each recipient's language", () => {
  it("mail the German author and the Romanian colleague each in their language, the moderator's words as written", async () => {
    const author = await personIn("de", ["quakesafe"]);
    const colleague = await personIn("ro", ["quakesafe"]);
    const proposal = await submitDraft(author, quakesafe);
    const title = proposal.content.title;
    const result = await reviewProposal(moderator, {
      decision: "request_changes",
      proposalId: proposal.id,
      expectedVersion: proposal.version,
      comment: "Please say which schools took part.",
      fieldComments: { reach: "How many pupils?" },
    });
    expect(result.ok).toBe(true);

    const german = await lastMailTo(author.email);
    expect(german.subject).toBe(`Änderungen erbeten an „${title}“`);
    expect(german.text).toContain("Die Moderation schreibt:\nPlease say which schools took part.");
    expect(german.text).toContain("Zu einzelnen Feldern:\n- Reichweite: How many pupils?");
    expect(german.text).toContain(`Hier ansehen: http://clearinghouse.test/de/contributions/${proposal.id}`);

    const romanian = await lastMailTo(colleague.email);
    expect(romanian.subject).toBe(`Modificări cerute pentru „${title}”`);
    expect(romanian.text).toContain("Moderatorul a scris:");
    expect(romanian.text).toContain("- Acoperire: How many pupils?");
    expect(romanian.text).toContain(`/ro/contributions/${proposal.id}`);

    // The notice is stored once, read in whichever language the page is in.
    const [stored] = await db.notification.findMany({ where: { userId: author.id }, orderBy: { createdAt: "desc" }, take: 1 });
    expect(stored).toMatchObject({ message: `Changes requested on “${title}”`, messageKey: "changesRequested", params: { title } });
    expect((await listNotifications(author, "fr"))[0]?.message).toBe(`Modifications demandées pour « ${title} »`);
    expect((await listNotifications(author))[0]?.message).toBe(`Changes requested on “${title}”`);
  });

  it("tell staff of a new proposal in their language", async () => {
    const staff = await createPerson("moderator");
    await db.user.update({ where: { id: staff.id }, data: { locale: "it" } });
    const proposal = await submitDraft(await createPerson("member", ["quakesafe"]), quakesafe);
    const mail = await lastMailTo(staff.email);
    expect(mail.subject).toBe(`Nuova proposta in attesa di revisione: «${proposal.content.title}»`);
    expect(mail.text).toContain(`/it/moderation/${proposal.id}`);
  });

  it("show old notices, stored without a key, as they were written", async () => {
    const person = await personIn("de");
    await db.notification.create({ data: { userId: person.id, message: "An old notice", href: "/" } });
    await db.notification.create({ data: { userId: person.id, message: "A key gone from the catalogue", messageKey: "noSuchKey", params: {}, href: "/" } });
    const texts = (await listNotifications(person, "de")).map((n) => n.message).sort();
    expect(texts).toEqual(["A key gone from the catalogue", "An old notice"]);
  });
});

describe("invitations", () => {
  it("go to a new address in the inviter's language, which the new account keeps", async () => {
    const email = uniqueEmail("invitee");
    expect(await inviteMember(moderator, { email, organisationId: quakesafe }, "fr")).toMatchObject({ ok: true, outcome: "invited" });
    const mail = await lastMailTo(email);
    expect(mail.subject).toMatch(/^Invitation à contribuer pour /);
    expect(mail.text).toMatch(/^Bonjour,\n\n/);
    expect(linkIn(mail, "/fr/auth/reset-password")).toBeTruthy();
    expect((await db.user.findUniqueOrThrow({ where: { email } })).locale).toBe("fr");
  });

  it("go to someone with an account in their own language, whatever the inviter's", async () => {
    const person = await personIn("nl");
    expect(await inviteMember(moderator, { email: person.email, organisationId: await organisationId("techbridge") }, "de")).toMatchObject({ ok: true, outcome: "added" });
    const mail = await lastMailTo(person.email);
    expect(mail.subject).toMatch(/^Je bent nu lid van /);
    expect(mail.text).toContain("http://clearinghouse.test/nl/contributions");
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).locale).toBe("nl");
  });
});
