import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/session-cookie";
import { localisedPath, type Locale } from "@/lib/i18n/locales";
import { absoluteUrl } from "@/lib/site-url";

// Links in alert mails are signed with the site's secret, per subscription
// and purpose: nothing is stored, a link works as long as its alert exists,
// and a link for one alert (or one purpose) never works for another.
// Unsubscribing must keep working from any old digest, so these links do not
// expire; confirming is harmless to repeat.

export type AlertLinkPurpose = "confirm" | "unsubscribe";

export function alertToken(id: string, purpose: AlertLinkPurpose): string {
  return createHmac("sha256", authSecret()).update(`alert:${purpose}:${id}`).digest("base64url");
}

export function validAlertToken(id: string, purpose: AlertLinkPurpose, token: string): boolean {
  const expected = Buffer.from(alertToken(id, purpose));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The page a mail's link opens, in the recipient's language. */
export function alertPageLink(locale: Locale, id: string, purpose: AlertLinkPurpose): string {
  return absoluteUrl(`${localisedPath(locale, `/alerts/${purpose}`)}?id=${id}&token=${alertToken(id, purpose)}`);
}

/** The address mail clients POST to for one-click unsubscribing (RFC 8058). */
export function oneClickUnsubscribeLink(id: string): string {
  return absoluteUrl(`/api/alerts/unsubscribe?id=${id}&token=${alertToken(id, "unsubscribe")}`);
}
