import { readFileSync } from "node:fs";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { resetPasswordSchema, signInSchema, signUpSchema } from "../../lib/auth/schema";
import { passwordSchema } from "../../lib/auth/password";
import { entryInputSchema } from "../../lib/catalogue/schema";
import { uploadOptionsSchema } from "../../lib/imports/schema";
import de from "../../lib/i18n/messages/de.json";
import en from "../../lib/i18n/messages/en.json";
import { organisationContactSchema, organisationSchema } from "../../lib/organisations/schema";
import { contactMessageSchema, entryContactSwitchSchema } from "../../lib/contact/schema";
import { proposalContentSchema, proposalDraftSchema, reviewDecisionSchema } from "../../lib/submissions/schema";
import { problemKey, translateErrors, translateProblem } from "../../components/forms/problem-text";
import { acceptEvidenceProposalSchema, declineEvidenceProposalSchema, proposeEvidenceSchema } from "../../lib/evidence/proposal-schema";
import { assessEvidenceSchema } from "../../lib/evidence/schema";
import { answerSchema, askMoreSchema, declineSchema, joinApplicationSchema, membershipChangeSchema, profileChangeSchema } from "../../lib/alliance/application-schema";

// Forms show lib's English messages in the page's language
// (components/forms/problem-text.ts). Every message our schemas and the
// contribution actions can hand a form needs a key; a new one without a key
// fails here, listed by its file.

const english = createTranslator({ locale: "en", messages: en, namespace: "validation" });
const german = createTranslator({ locale: "de", messages: de, namespace: "validation" });

// Where form messages are written, read as source: every sentence-like string
// literal there is a message a form may show, unless listed as something else.
const SOURCES = [
  "lib/catalogue/schema.ts",
  "lib/events/schema.ts",
  "lib/submissions/schema.ts",
  "lib/auth/schema.ts",
  "lib/auth/password.ts",
  "lib/organisations/schema.ts",
  "lib/imports/schema.ts",
  "lib/forms/web-address.ts",
  "lib/forms/confirmation.ts",
  "lib/result.ts",
  "lib/submissions/failures.ts",
  "lib/submissions/links.ts",
  "lib/submissions/proposals.ts",
  "lib/verification/confirm.ts",
  "lib/alerts/schema.ts",
  "lib/alerts/subscriptions.ts",
  "lib/evidence/schema.ts",
  "lib/evidence/assess.ts",
  "lib/evidence/proposal-schema.ts",
  "lib/evidence/propose.ts",
  "lib/evidence/decide.ts",
  "lib/evidence/withdraw.ts",
  "lib/contact/schema.ts",
  "lib/contact/relay.ts",
  "lib/contact/moderation.ts",
  "lib/organisations/contact.ts",
  "lib/verification/reminder-links.ts",
  "lib/alliance/vocabulary.ts",
  "lib/alliance/application-schema.ts",
  "lib/alliance/apply.ts",
  "lib/alliance/decide.ts",
  "lib/alliance/membership.ts",
  "app/[lang]/contributions/actions.ts",
  "components/editor/entry-editor.tsx",
];

// Sentence-like literals in those files that no form shows as a message.
const NOT_FORM_MESSAGES = new Set([
  "Changes requested", // a state label (STATE_LABELS)
  "New proposal", // notification texts, said in the staff's inbox
  "Resubmitted proposal",
]);

function literalMessages(file: string): string[] {
  const source = readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "");
  const found = [...source.matchAll(/"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)].map((m) => m[1] ?? m[2] ?? "");
  // A value interpolated into a template stands in as "12", as it would be said.
  return found.filter((s) => /^[A-Z]\S* .*[a-z]/.test(s) && !NOT_FORM_MESSAGES.has(s)).map((s) => s.replace(/\$\{[^}]*\}/g, "12"));
}

function issues(result: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
  return result.error?.issues.map((i) => i.message) ?? [];
}

describe("translating lib's messages for forms", () => {
  it("has a key for every message our schemas and actions write", () => {
    const missing = SOURCES.flatMap((file) => literalMessages(file).filter((m) => problemKey(m) === null).map((m) => `${file}: ${m}`));
    expect(missing).toEqual([]);
  });

  it("finds messages in the files it reads (the scan itself works)", () => {
    expect(literalMessages("lib/auth/schema.ts")).toContain("Enter your email address.");
    expect(literalMessages("lib/submissions/proposals.ts")).toContain("You have submitted many proposals in the last hour. Try again in 12 minutes.");
  });

  it("says our own messages in English exactly as lib writes them", () => {
    const changed = SOURCES.flatMap((file) => literalMessages(file)).filter((m) => translateProblem(m, english) !== m);
    expect(changed).toEqual([]);
  });

  it("has a key for every message zod gives for wrong input to the form schemas", () => {
    const produced = [
      ...issues(proposalContentSchema.safeParse({})),
      ...issues(proposalContentSchema.safeParse({ kind: "x", title: "R", summary: "short", description: "d".repeat(20_001), countries: ["XX"], sdgs: [1.5, 18, 0] })),
      ...issues(proposalDraftSchema.safeParse({ kind: "programme", title: "A title", yearStart: 1900, yearEnd: 2200, reach: { girlsShare: 120, participants: -1 }, website: "ftp://x" })),
      ...issues(proposalDraftSchema.safeParse({ kind: "programme", title: "A title", yearStart: "1990", countries: Array.from({ length: 61 }, () => "AT") })),
      ...issues(proposalDraftSchema.safeParse({ kind: "programme", title: "A title", yearStart: 2020, yearEnd: 2010, sources: [{ title: "", url: "nope" }] })),
      ...issues(entryInputSchema.safeParse({ slug: "Bad Slug" })),
      ...issues(proposalDraftSchema.safeParse({ kind: "event", title: "An event", startsAt: "2027-02-30T10:00", timeZone: "Mars/Base", registrationUrl: "javascript:alert(1)" })),
      ...issues(proposalDraftSchema.safeParse({ kind: "event", title: "An event", startsAt: "2027-03-02T10:00", endsAt: "2027-03-01T10:00" })),
      ...issues(proposalDraftSchema.safeParse({ kind: "programme", title: "A programme", venue: "A hall" })),
      ...issues(signInSchema.safeParse({ email: "", password: "" })),
      ...issues(signInSchema.safeParse({ email: "not-an-address", password: "x".repeat(201) })),
      ...issues(resetPasswordSchema.safeParse({ token: "short", password: "short", confirm: "other" })),
      ...issues(passwordSchema.safeParse("short")),
      ...issues(signUpSchema.safeParse({ name: "\u0007", email: "a@b", password: "" })),
      ...issues(signUpSchema.safeParse({})),
      ...issues(organisationSchema.safeParse({ name: "", slug: "A", country: "XX" })),
      ...issues(reviewDecisionSchema.safeParse({ decision: "reject", proposalId: "x", expectedVersion: 1, comment: "" })),
      ...issues(uploadOptionsSchema.safeParse({ mode: "x", organisationId: "x", sourceTitle: "", sourceUrl: "javascript:alert(1)" })),
      ...issues(assessEvidenceSchema.safeParse({ slug: "x", level: "proven", justification: "", evidenceUrl: "ftp://x" })),
      ...issues(proposeEvidenceSchema.safeParse({ slug: "x", level: "", url: "", note: "" })),
      ...issues(proposeEvidenceSchema.safeParse({ slug: "quakesafe", level: "evaluated", url: "javascript:alert(1)", note: "n".repeat(1001) })),
      ...issues(acceptEvidenceProposalSchema.safeParse({ proposalId: "x", level: "none", justification: "" })),
      ...issues(declineEvidenceProposalSchema.safeParse({ proposalId: "x", reason: " " })),
      ...issues(contactMessageSchema.safeParse({})),
      ...issues(contactMessageSchema.safeParse({ slug: "x", name: "\u200B ", email: "nope", message: "Hi\n\n\n", website: "" })),
      ...issues(contactMessageSchema.safeParse({ slug: "x", name: "N".repeat(121), email: "a@example.org", message: "m".repeat(5001), website: "" })),
      ...issues(entryContactSwitchSchema.safeParse({ slug: "x", enabled: "maybe", reason: " " })),
      ...issues(organisationContactSchema.safeParse({ organisationId: "x", contactEmail: "not an address" })),
      ...issues(joinApplicationSchema.safeParse({})),
      ...issues(joinApplicationSchema.safeParse({ organisation: "new", name: "", country: "XX", type: "club", website: "ftp://x", profile: "p".repeat(1501), priorities: ["none"], motivation: " " })),
      ...issues(profileChangeSchema.safeParse({ organisationId: "x", type: "", website: "", profile: "", priorities: [], motivation: "" })),
      ...issues(answerSchema.safeParse({ applicationId: "x", version: "x", answer: "" })),
      ...issues(askMoreSchema.safeParse({ applicationId: "x", version: 0, message: " " })),
      ...issues(declineSchema.safeParse({ applicationId: "x", version: 1, reason: "" })),
      ...issues(membershipChangeSchema.safeParse({ organisationId: "x", state: "gone", reason: "" })),
    ];
    expect(produced.length).toBeGreaterThan(20);
    expect([...new Set(produced.filter((m) => problemKey(m) === null))]).toEqual([]);
  });

  it("says zod's defaults in plain words, with their numbers", () => {
    expect(translateProblem("Too small: expected string to have >=20 characters", english)).toBe("Write at least 20 characters.");
    expect(translateProblem("Too big: expected number to be <=100", english)).toBe("Give a number no higher than 100.");
    expect(translateProblem("Too small: expected string to have >=20 characters", german)).toBe("Schreiben Sie mindestens 20 Zeichen.");
  });

  it("translates messages with values, keeping the values", () => {
    expect(translateProblem("No published entry has the address “stem-x”. Search for it by its title.", german)).toBe(
      "Kein veröffentlichter Eintrag hat die Adresse „stem-x“. Suchen Sie ihn über seinen Titel.",
    );
    expect(translateProblem("Some fields need attention.", german)).toBe("Einige Felder müssen korrigiert werden.");
  });

  it("says the contact relay's limits in the reader's language, with the minutes", () => {
    expect(translateProblem("This entry has received many messages in the last hour. Try again in 17 minutes.", german)).toBe(
      "Dieser Eintrag hat in der letzten Stunde viele Nachrichten erhalten. Versuchen Sie es in 17 Minuten erneut.",
    );
    expect(translateProblem("Write a message of at least 10 characters.", german)).toBe("Schreiben Sie eine Nachricht mit mindestens 10 Zeichen.");
  });

  it("keeps a message it has no key for, so nothing is lost", () => {
    expect(translateProblem("Something nobody wrote a key for.", german)).toBe("Something nobody wrote a key for.");
  });

  it("translates every field's messages and says each once", () => {
    expect(translateErrors({ title: ["Enter your name.", "Enter your name."], "sources.0.url": ["Invalid URL"] }, german)).toEqual({
      title: ["Geben Sie Ihren Namen ein."],
      "sources.0.url": ["Geben Sie eine vollständige Webadresse an, beginnend mit https://"],
    });
  });
});

describe("the import check's cell messages", () => {
  it("are translated with the cell's value kept", () => {
    expect(translateProblem("“ten” is not a number.", german)).toBe("“ten” ist keine Zahl.");
    expect(translateProblem("“ten” is not a number.", english)).toBe("“ten” is not a number.");
  });
});
