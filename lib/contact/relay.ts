import "server-only";
import { db } from "@/lib/db";
import { entryPath } from "@/lib/catalogue/paths";
import { localisedPath } from "@/lib/i18n/locales";
import { deliverMailSoon, enqueueMail, type OutboxMail } from "@/lib/mail/outbox";
import { letter, mailTranslator } from "@/lib/mail/translator";
import { consumeRateLimit, type RateLimitOptions, type RateLimitResult } from "@/lib/rate-limit/postgres";
import { fail, invalid, type Result } from "@/lib/result";
import { absoluteUrl } from "@/lib/site-url";
import { localeOfAddress } from "@/lib/users/mail-language";
import { fingerprint } from "./fingerprint";
import { CONTACT_LIMITS, minutesToWait } from "./limits";
import { logContactAttempt, type ContactAttempt } from "./log";
import { defang, quoted, shortTitle, subjectLine } from "./relay-text";
import { contactMessageSchema, MAX_CONTACT_REQUEST_BYTES, TOO_LARGE_MESSAGE } from "./schema";
import { contactRecipient, type ContactRecipient } from "./target";

// A visitor's message to the people behind an entry, relayed by mail to the
// organisation's contact address with the visitor's address as Reply-To. The
// address itself never leaves lib/contact. The mail is queued in the same
// transaction as its log row and sent right after commit (lib/mail/outbox).

export const CONTACT_CLOSED_MESSAGE = "The people behind this entry do not take messages through the clearinghouse at the moment.";

export type RelayContext = {
  /** The client's network address (lib/http/client-ip.ts). */
  ip: string;
  /** The size of the whole submitted form (lib/forms/input-text.ts formSize). */
  requestBytes: number;
};

type Visitor = { name: string; email: string; message: string };

export async function sendContactMessage(input: unknown, context: RelayContext): Promise<Result<{ organisation: string }>> {
  if (context.requestBytes > MAX_CONTACT_REQUEST_BYTES) return fail("invalid", TOO_LARGE_MESSAGE, { message: [TOO_LARGE_MESSAGE] });
  const parsed = contactMessageSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { slug, name, email, message, website } = parsed.data;
  const recipient = await contactRecipient(slug);
  if (!recipient) return fail("not_found", CONTACT_CLOSED_MESSAGE);

  const attempt = {
    entryId: recipient.entryId,
    senderHash: fingerprint("sender", email),
    clientHash: fingerprint("client", context.ip),
    size: new TextEncoder().encode(message).length,
  };
  const sent = { ok: true as const, organisation: recipient.organisation };
  const client = await consumeRateLimit(`contact:client:${attempt.clientHash}`, CONTACT_LIMITS.perClient);
  if (website.trim() !== "") {
    // Answered as if sent, so a program learns nothing; logged while the client is within its limit.
    if (client.allowed) await logContactAttempt(db, { ...attempt, outcome: "honeypot" });
    return sent;
  }
  const refused = await refusal(attempt, client);
  if (refused) {
    // Logged once per window: the first refusal says the rest.
    if (refused.first) await logContactAttempt(db, { ...attempt, outcome: "rate_limited" });
    return fail("rate_limited", refused.message);
  }
  const mail = await relayMail(recipient, { name, email, message });
  await db.$transaction(async (tx) => {
    await enqueueMail(tx, mail);
    await logContactAttempt(tx, { ...attempt, outcome: "relayed" });
  });
  deliverMailSoon();
  return sent;
}

type Refusal = { message: string; first: boolean };

function refusedBy(result: RateLimitResult, options: RateLimitOptions, message: (minutes: number) => string): Refusal | null {
  if (result.allowed) return null;
  return { message: message(minutesToWait(result.retryAfterSeconds)), first: result.count === options.limit + 1 };
}

/**
 * The first limit this message goes past, counting it under each limit only
 * up to the one that refuses it: a flood from one client is not charged to
 * the entry, so it cannot use up the entry's budget for everyone else.
 */
async function refusal(attempt: Omit<ContactAttempt, "outcome">, client: RateLimitResult): Promise<Refusal | null> {
  const byClient = refusedBy(client, CONTACT_LIMITS.perClient, (m) => `Many messages have been sent from your network in the last hour. Try again in ${m} minutes.`);
  if (byClient) return byClient;
  const sender = await consumeRateLimit(`contact:sender:${attempt.senderHash}`, CONTACT_LIMITS.perSender);
  const bySender = refusedBy(sender, CONTACT_LIMITS.perSender, (m) => `You have sent several messages from this address in the last hour. Try again in ${m} minutes.`);
  if (bySender) return bySender;
  const entry = await consumeRateLimit(`contact:entry:${attempt.entryId}`, CONTACT_LIMITS.perEntry);
  return refusedBy(entry, CONTACT_LIMITS.perEntry, (m) => `This entry has received many messages in the last hour. Try again in ${m} minutes.`);
}

/** The mail, in the recipient's language when they have an account (English otherwise), to the organisation's address. */
async function relayMail(recipient: ContactRecipient, visitor: Visitor): Promise<OutboxMail> {
  const locale = await localeOfAddress(recipient.address);
  const t = await mailTranslator(locale);
  const body = t("contact.body", {
    organisation: recipient.organisation,
    title: recipient.title,
    link: absoluteUrl(localisedPath(locale, entryPath(recipient.slug))),
    name: defang(visitor.name),
    email: visitor.email,
    message: quoted(visitor.message),
  });
  return {
    to: recipient.address,
    replyTo: visitor.email,
    subject: subjectLine(t("contact.subject", { title: shortTitle(recipient.title) })),
    text: letter(t, null, body),
  };
}
