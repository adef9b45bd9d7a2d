import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { localisedPath, toLocale } from "@/lib/i18n/locales";
import { deliverMailSoon, enqueueMail } from "@/lib/mail/outbox";
import { letter, mailTranslator } from "@/lib/mail/translator";
import { absoluteUrl } from "@/lib/site-url";

// The Alliance's mails, queued in the transaction of the step they tell of
// (lib/mail/outbox.ts), each in its recipient's language with a link to the
// page in that language. Staff's words go in as they wrote them, untranslated.

export type AllianceMailKey = "received" | "moreRequested" | "answered" | "approved" | "profileApproved" | "declined" | "suspended" | "ended" | "reinstated";

type MailParams = { organisation: string; message?: string };

/** Queues the mail `key` to each of the users, about `organisation`, linking to `path`. */
export async function queueAllianceMail(tx: Prisma.TransactionClient, userIds: string[], key: AllianceMailKey, params: MailParams, path: string): Promise<number> {
  if (userIds.length === 0) return 0;
  const users = await tx.user.findMany({ where: { id: { in: [...new Set(userIds)] }, deactivatedAt: null }, select: { email: true, name: true, locale: true } });
  const mails = await Promise.all(
    users.map(async (user) => {
      const locale = toLocale(user.locale);
      const t = await mailTranslator(locale);
      const link = absoluteUrl(localisedPath(locale, path));
      const values = { organisation: params.organisation, message: params.message ?? "", link };
      return { to: user.email, subject: t(`alliance.${key}.subject`, values), text: letter(t, user.name, t(`alliance.${key}.body`, values)) };
    }),
  );
  return enqueueMail(tx, mails);
}

/** The step's outcome, once its transaction has committed; its mail goes out soon after, in this process. */
export async function sentSoon<T extends { ok: boolean }>(step: Promise<T>): Promise<T> {
  const outcome = await step;
  if (outcome.ok) deliverMailSoon();
  return outcome;
}
