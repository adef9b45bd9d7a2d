import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { localisedPath, type Locale, toLocale } from "@/lib/i18n/locales";
import { deliverMailSoon, enqueueMail } from "@/lib/mail/outbox";
import { mailTranslator, noticesTranslator, type MailTranslator } from "@/lib/mail/translator";
import type { FieldName } from "@/lib/submissions/schema";
import type { Notice } from "./notifications";

// Every notification also goes out by mail: to SMTP_URL, or without one into
// DATA_DIR/mail like every other mail of the site (see lib/mail/send.ts). The
// mail is queued in the outbox in the change's own transaction (notify), so a
// committed change is mailed even if this process dies, with retries, and a
// rolled-back one is not; it is sent after commit. Each mail is in its
// recipient's language, with a link to the page in that language.

/** What the mail adds to the one-line notice: a moderator's words, which are never translated. */
export type NoticeDetails = { comment?: string | null; fieldComments?: { field: FieldName; comment: string }[] };

function detailsText(t: MailTranslator, details: NoticeDetails | undefined): string | null {
  if (!details) return null;
  const parts = details.comment ? [t("notice.moderatorWrote", { comment: details.comment })] : [];
  const fields = details.fieldComments ?? [];
  if (fields.length > 0) {
    const comments = fields.map(({ field, comment }) => t("notice.fieldComment", { field: t(`fields.${field}`), comment })).join("\n");
    parts.push(t("notice.fieldComments", { comments }));
  }
  return parts.length > 0 ? parts.join("\n\n") : null;
}

async function noticeMail(notice: Notice, locale: Locale, details: NoticeDetails | undefined): Promise<{ subject: string; text: string }> {
  const [t, notices] = await Promise.all([mailTranslator(locale), noticesTranslator(locale)]);
  const message = notices(notice.key, notice.params);
  const base = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
  const link = new URL(localisedPath(locale, notice.href), base).toString();
  const extra = detailsText(t, details);
  return {
    subject: message.length > 120 ? `${message.slice(0, 117)}…` : message,
    text: `${message}\n\n${extra ? `${extra}\n\n` : ""}${t("notice.seeIt", { link })}\n\n${t("notice.closing")}`,
  };
}

/** Queues the notices' mails in the change's transaction; called by notify. */
export async function queueNoticeMail(tx: Prisma.TransactionClient, notices: Notice[], details: NoticeDetails | undefined): Promise<void> {
  if (notices.length === 0) return;
  const users = await tx.user.findMany({
    where: { id: { in: notices.map((n) => n.userId) } },
    select: { id: true, email: true, locale: true },
  });
  const recipients = new Map(users.map((u) => [u.id, { email: u.email, locale: toLocale(u.locale) }]));
  const mails = await Promise.all(
    notices.flatMap((notice) => {
      const recipient = recipients.get(notice.userId);
      return recipient ? [noticeMail(notice, recipient.locale, details).then((mail) => ({ to: recipient.email, ...mail }))] : [];
    }),
  );
  await enqueueMail(tx, mails);
}

/** After the change commits: its notices' mails go now rather than at the runners' next round. */
export function deliverNotices(notices: Notice[]): void {
  if (notices.length > 0) deliverMailSoon();
}
