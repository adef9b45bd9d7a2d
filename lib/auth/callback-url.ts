import { siteUrl } from "@/lib/site-url";
import type { Role } from "./permissions";

// Where to go after signing in: only a path of this site, so a crafted link
// cannot send someone elsewhere. Browsers drop tabs and newlines from a
// Location and read "\" as "/", so "/\t/evil.example" would leave the site:
// such characters are refused outright, and the value is then resolved
// against our own origin the way a browser would, keeping it only when it
// stays there.

// Whitespace, control and invisible format characters, and backslashes.
const UNSAFE_CHARACTERS = /[\s\p{Cc}\p{Cf}\\]/u;
// Encoded slashes, backslashes and control characters in the path: harmless to
// a browser, but a proxy that decodes them would see "//host" or "/\t/host".
const UNSAFE_ENCODED = /%(?:2f|5c|[01][0-9a-f]|7f)/i;

export function safeCallbackPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || UNSAFE_CHARACTERS.test(value)) return fallback;
  const origin = new URL(siteUrl()).origin;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== origin || url.username || url.password) return fallback;
  // "/.//evil.example" resolves to the path "//evil.example", which is another host again.
  if (url.pathname.startsWith("//") || UNSAFE_ENCODED.test(url.pathname)) return fallback;
  if (url.pathname.startsWith("/auth/")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

const LANDING: Record<Role, string> = { member: "/contributions", moderator: "/moderation", admin: "/admin" };

/** Where someone lands after signing in when no callbackUrl says otherwise: their own work. */
export function landingPath(role: Role): string {
  return LANDING[role];
}
