import { useTranslations } from "next-intl";
import type { Messages } from "@/lib/i18n/messages";

// lib/ and the zod schemas speak English (the JSON API and its tests read it);
// forms translate at presentation. A message is recognised by its English
// wording, exactly or by a pattern that lifts out its numbers and names, and
// said again from the "validation" catalogue. A message no rule knows stays as
// it is, so nothing is ever lost (tests/unit/problem-text.test.ts lists those
// our schemas produce, so a new one without a key fails there).

export type ProblemKey = keyof Messages["validation"];
export type ProblemValues = Record<string, string>;
/** What translates a key: next-intl's t for the "validation" namespace fits. */
export type ProblemTranslator = (key: ProblemKey, values?: ProblemValues) => string;

type Rule = readonly [RegExp, ProblemKey, (match: RegExpMatchArray) => ProblemValues];

const none = () => ({});

// zod's default messages, written for developers, said in plain words.
const ZOD_DEFAULTS: Rule[] = [
  [/^Invalid input: expected (?:string|array), received undefined$/, "required", none],
  [/^Invalid option: expected one of/, "chooseOption", none],
  [/^Too small: expected string to have >=(\d+) characters?$/, "minCharacters", (m) => ({ min: m[1] ?? "" })],
  [/^Too big: expected string to have <=(\d+) characters?$/, "maxCharacters", (m) => ({ max: m[1] ?? "" })],
  [/^Too small: expected number to be >=(-?[\d.]+)$/, "minNumber", (m) => ({ min: m[1] ?? "" })],
  [/^Too big: expected number to be <=(-?[\d.]+)$/, "maxNumber", (m) => ({ max: m[1] ?? "" })],
  [/^Too big: expected array to have <=(\d+) items?$/, "maxItems", (m) => ({ max: m[1] ?? "" })],
  [/^Invalid input: expected int, received number$/, "wholeNumber", none],
  [/^Invalid input: expected number, received \w+$/, "number", none],
  [/^Invalid URL$/, "webAddress", none],
];

// Our own messages that carry a value; the English catalogue says them exactly as lib/ does.
const WITH_VALUES: Rule[] = [
  [/^Use at most (\d+) characters\.$/, "useAtMost", (m) => ({ max: m[1] ?? "" })],
  [/^Use at least (\d+) characters\.$/, "useAtLeast", (m) => ({ min: m[1] ?? "" })],
  [/^No published entry has the address “(.*)”\. Search for it by its title\.$/, "noEntryAtAddress", (m) => ({ address: m[1] ?? "" })],
  [/^(“.*”) is archived itself: name an entry that is on the site\.$/, "successorArchived", (m) => ({ title: m[1] ?? "" })],
  // The import check's cell messages (lib/imports/map-row.ts), for its row report.
  [/^(“.*”) is not a number\.$/, "importNotNumber", (m) => ({ value: m[1] ?? "" })],
  [/^(“.*”) is not a web address \(it starts with https:\/\/\)\.$/, "importNotWebAddress", (m) => ({ value: m[1] ?? "" })],
  [/^You have submitted many proposals in the last hour\. Try again in (.+) minutes\.$/, "tooManyProposals", (m) => ({ minutes: m[1] ?? "" })],
  [/^Too many attempts\. Please wait (?:a minute|(\d+) minutes) and try again\.$/, "tooManyAttempts", (m) => ({ minutes: m[1] ?? "1" })],
  [/^You have (\d+) alerts, the most one person can keep\. Delete one you no longer need first\.$/, "tooManyAlerts", (m) => ({ count: m[1] ?? "" })],
  // The contact relay (lib/contact).
  [/^Write a message of at least (\d+) characters\.$/, "contactMessageTooShort", (m) => ({ min: m[1] ?? "" })],
  [/^Keep your message to (\d+) characters or fewer\.$/, "contactMessageTooLong", (m) => ({ max: m[1] ?? "" })],
  [/^The form sent more than (\d+) kB\. Shorten your message\.$/, "contactTooLarge", (m) => ({ size: m[1] ?? "" })],
  [/^Many messages have been sent from your network in the last hour\. Try again in (\d+) minutes\.$/, "contactTooManyFromClient", (m) => ({ minutes: m[1] ?? "" })],
  [/^You have sent several messages from this address in the last hour\. Try again in (\d+) minutes\.$/, "contactTooManyFromSender", (m) => ({ minutes: m[1] ?? "" })],
  [/^This entry has received many messages in the last hour\. Try again in (\d+) minutes\.$/, "contactTooManyForEntry", (m) => ({ minutes: m[1] ?? "" })],
];

// Our own messages word for word: the English text → its key.
const EXACT: Record<string, ProblemKey> = {
  "Some fields need attention.": "someFields",
  "Some fields need attention before the draft can be saved.": "draftFields",
  "The proposal is not complete yet: some fields need attention.": "proposalIncomplete",
  "Give a full web address, starting with https://": "webAddress",
  "Tick this box to confirm.": "tickToConfirm",
  "Please confirm that the draft should be deleted.": "confirmDraftDeletion",
  "This proposal could not be found. Reload the page.": "proposalGone",
  "This draft could not be found. Reload the page.": "draftGone",
  "This proposal does not exist or is not yours to see.": "proposalNotFound",
  "Someone changed this proposal while you were looking at it. Reload the page to see its current state.": "proposalChanged",
  "Sign in to contribute.": "signInToContribute",
  "You can only contribute for organisations you belong to.": "onlyOwnOrganisations",
  "Only members of the organisation that owns this entry can propose changes to it.": "onlyOwnersPropose",
  "Some related entries cannot be linked: see the messages at Related entries.": "linksRefused",
  "An entry cannot be related to itself.": "notRelatedToItself",
  "An entry cannot take its own place.": "successorIsSelf",
  "This entry has not been assessed: there is nothing to withdraw.": "nothingToWithdraw",
  "Give at least one source for the facts": "oneSource",
  "The end year cannot be before the start year": "yearsInOrder",
  "Only events have dates, a format, a venue or a registration link.": "eventFieldsOnlyOnEvents",
  "Choose the time zone the times are given in.": "eventStartNeedsZone",
  "The end cannot be before the start.": "eventEndAfterStart",
  "Give a date and time, such as 2027-03-12T09:30.": "eventLocalTime",
  "Choose a time zone from the list, such as Europe/Sofia.": "eventTimeZone",
  "A translation cannot be in English, the language the entry is written in": "translationIntoEnglish",
  "Use lower-case letters, digits and single hyphens": "slugCharacters",
  "Use lower-case letters, digits and single hyphens.": "slugCharactersSentence",
  "Unknown proposal": "unknownProposal",
  "Say what should change": "sayWhatShouldChange",
  "Give the reason for rejecting": "giveRejectionReason",
  "Give the reason": "giveReason",
  "Enter your email address.": "enterEmail",
  "This email address is too long.": "emailTooLong",
  "Enter an email address like name@example.org.": "emailLike",
  "Enter your name.": "enterName",
  "Use letters, spaces and punctuation only.": "nameCharacters",
  "Enter your password.": "enterPassword",
  "Enter a password.": "choosePassword",
  "This link is incomplete.": "linkIncomplete",
  "This link is incomplete or damaged. Copy the whole link from the mail.": "linkDamaged",
  "The two passwords are not the same.": "passwordsDiffer",
  "Choose a person.": "choosePerson",
  "Choose an organisation.": "chooseOrganisation",
  "Enter the organisation's name.": "organisationName",
  "Enter a short name for addresses, e.g. stem-alliance-ro.": "organisationSlug",
  "Choose a country from the list.": "chooseCountry",
  "Choose what the import should do.": "chooseImportMode",
  "Choose the organisation the entries belong to.": "chooseImportOrganisation",
  "Give the source a title of at least 2 characters.": "importSourceTitle",
  "The source's address must be a web address (https://…).": "importSourceUrl",
  "Give the source a title as well as its address.": "importSourceBoth",
  "Unknown import.": "unknownImport",
  "This is required.": "importRequired",
  "Sign in to confirm that an entry is still accurate.": "signInToConfirm",
  "Only members of the organisation that owns this entry, and moderators, can confirm that it is still accurate.": "onlyOwnersConfirm",
  "There is no published entry with this address.": "noPublishedEntry",
  "Give the alert a name.": "alertName",
  "Choose how often you want to hear.": "alertFrequency",
  "This search cannot be saved as it is: open it on the search page and correct it first.": "alertSearch",
  "This search is too long to save.": "alertSearchTooLong",
  "Sign in to save a search.": "signInToSaveSearch",
  "Sign in to change your alerts.": "signInToChangeAlerts",
  "This alert could not be found. Reload the page.": "alertGone",
  "This alert no longer exists: it was deleted or stopped already.": "alertNoLonger",
  "Only alliance moderators assess evidence.": "onlyModeratorsAssess",
  "Sign in to propose evidence for an entry.": "signInToProposeEvidence",
  "Only members of the organisation that owns this entry can propose evidence for it.": "onlyOwnersProposeEvidence",
  "You have already proposed evidence for this entry. A moderator will decide on it first, and you will be told of the decision.": "alreadyProposedEvidence",
  "Say in a sentence or two what the evidence shows.": "sayWhatEvidenceShows",
  "This proposed evidence could not be found. Reload the page.": "evidenceProposalGone",
  "Only alliance moderators decide on proposed evidence.": "onlyModeratorsDecideEvidence",
  "This proposed evidence has already been decided. Reload the page to see the decision.": "evidenceAlreadyDecided",
  "The people behind this entry do not take messages through the clearinghouse at the moment.": "contactClosed",
  "Only alliance moderators switch messages to an entry on or off.": "onlyModeratorsSwitchContact",
  "Only alliance staff set an organisation's contact address.": "onlyStaffSetContact",
  "This organisation does not exist.": "organisationGone",
  "This link does not work. Copy the whole link from the mail, or confirm the entry on its page.": "linkUnknown",
  "This link has been used already: each link in a reminder works once.": "linkUsed",
  "This link has expired. Confirm the entry on its page instead.": "linkExpired",
  "This entry has been confirmed since the reminder was sent: there is nothing more to do.": "linkSuperseded",
  // The Regional STEM Alliance (lib/alliance).
  "This application could not be found.": "allianceApplicationGone",
  "This application has changed since you opened it. Reload the page to see where it stands.": "allianceApplicationChanged",
  "Describe the organisation in a few sentences.": "allianceDescribeProfile",
  "Choose at least one Roadmap 2030 priority.": "alliancePriority",
  "Say in a few sentences why you apply.": "allianceMotivation",
  "Choose your organisation, or a new one.": "allianceOrganisation",
  "Write your answer.": "allianceAnswer",
  "Write what you ask the applicant.": "allianceAskApplicant",
  "Choose what happens to the membership.": "allianceMembershipState",
  "Choose the kind of organisation from the list.": "allianceType",
  "Choose priorities from the list.": "alliancePriorities",
  "Sign in to apply to the Alliance.": "allianceSignIn",
  "This organisation is already a member of the Alliance.": "allianceAlreadyMember",
  "You have an open application for this organisation. Staff will decide on it first.": "allianceAlreadyApplied",
  "Only active members of a member organisation can ask to change its profile.": "allianceOnlyMembersChange",
  "Only Alliance staff decide on applications.": "allianceOnlyStaff",
  "This organisation is no longer a member; decline the change instead.": "allianceNoLongerMember",
  "This organisation has no membership of the Alliance to change.": "allianceNoMembership",
  "The membership is already in this state. Reload the page.": "allianceSameState",
  "This membership has ended; the organisation can apply again.": "allianceEnded",
};

/** The key (and the values it needs) that says an English message, or null when none does. */
export function problemKey(message: string): { key: ProblemKey; values: ProblemValues } | null {
  const exact = EXACT[message];
  if (exact) return { key: exact, values: {} };
  for (const [pattern, key, values] of [...ZOD_DEFAULTS, ...WITH_VALUES]) {
    const match = message.match(pattern);
    if (match) return { key, values: values(match) };
  }
  return null;
}

/** An English message from lib/ or zod in the page's language; unknown ones stay as they are. */
export function translateProblem(message: string, t: ProblemTranslator): string {
  const found = problemKey(message);
  return found ? t(found.key, found.values) : message;
}

/** Every field's messages translated, each said once. */
export function translateErrors(errors: Record<string, string[]>, t: ProblemTranslator): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors).map(([path, messages]) => [path, [...new Set(messages.map((m) => translateProblem(m, t)))]]));
}

/** For components (server or client): a function that says a message of lib/ in the page's language. */
export function useProblemText(): (message: string) => string {
  const t = useTranslations("validation");
  return (message) => translateProblem(message, t);
}

/** For components: a form's field errors in the page's language. */
export function useTranslatedErrors(): (errors: Record<string, string[]>) => Record<string, string[]> {
  const t = useTranslations("validation");
  return (errors) => translateErrors(errors, t);
}
