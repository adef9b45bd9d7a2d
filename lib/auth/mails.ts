import "server-only";
import { DEFAULT_LOCALE, localisedPath, type Locale } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail/send";
import { letter, mailTranslator } from "@/lib/mail/translator";
import { absoluteUrl } from "@/lib/site-url";

// The mails of the account flows, in the recipient's language (the "mail"
// catalogue namespace), with links to the pages in that language. Text only:
// names and addresses typed by users never reach an HTML body.

function link(locale: Locale, path: string): string {
  return absoluteUrl(localisedPath(locale, path));
}

const withToken = (path: string, token: string) => `${path}?token=${encodeURIComponent(token)}`;

export async function mailVerification(to: string, name: string | null, token: string, locale: Locale = DEFAULT_LOCALE): Promise<void> {
  const t = await mailTranslator(locale);
  await sendMail({
    to,
    subject: t("verification.subject"),
    text: letter(t, name, t("verification.body", { link: link(locale, withToken("/auth/verify", token)) })),
  });
}

export async function mailAlreadyRegistered(to: string, name: string | null, locale: Locale = DEFAULT_LOCALE): Promise<void> {
  const t = await mailTranslator(locale);
  await sendMail({
    to,
    subject: t("alreadyRegistered.subject"),
    text: letter(t, name, t("alreadyRegistered.body", { signIn: link(locale, "/auth/sign-in"), forgotPassword: link(locale, "/auth/forgot-password") })),
  });
}

export async function mailPasswordReset(to: string, name: string | null, token: string, locale: Locale = DEFAULT_LOCALE): Promise<void> {
  const t = await mailTranslator(locale);
  await sendMail({
    to,
    subject: t("passwordReset.subject"),
    text: letter(t, name, t("passwordReset.body", { link: link(locale, withToken("/auth/reset-password", token)) })),
  });
}

export async function mailInvitation(to: string, organisation: string, token: string, locale: Locale = DEFAULT_LOCALE): Promise<void> {
  const t = await mailTranslator(locale);
  await sendMail({
    to,
    subject: t("invitation.subject", { organisation }),
    text: letter(t, null, t("invitation.body", { organisation, link: link(locale, withToken("/auth/reset-password", token)) })),
  });
}

export async function mailAddedToOrganisation(to: string, name: string | null, organisation: string, locale: Locale = DEFAULT_LOCALE): Promise<void> {
  const t = await mailTranslator(locale);
  await sendMail({
    to,
    subject: t("addedToOrganisation.subject", { organisation }),
    text: letter(t, name, t("addedToOrganisation.body", { organisation, link: link(locale, "/contributions") })),
  });
}

/** `url` is next-auth's own callback address, which has no language. */
export async function mailMagicLink(to: string, url: string, locale: Locale = DEFAULT_LOCALE): Promise<void> {
  const t = await mailTranslator(locale);
  await sendMail({ to, subject: t("magicLink.subject"), text: letter(t, null, t("magicLink.body", { link: url })) });
}
