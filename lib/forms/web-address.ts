import { z } from "zod";

// The one rule for a stored web address (an entry's website, a source's
// address): http or https only, so that no `javascript:` or `data:` address
// reaches a link, a feed, an export or the API. The database checks the same
// rule (web_address_ok in the migration 20261202120000_web_addresses).

export const WEB_ADDRESS_MESSAGE = "Give a full web address, starting with https://";

const HTTP_START = /^https?:\/\/[^\s\p{Cc}]+$/iu;

/** A web address: trimmed, http(s) only, with a host, no spaces or control characters. */
export function webAddressSchema(message: string = WEB_ADDRESS_MESSAGE) {
  // The URL check first (the import names its issues as "not a web address"),
  // then what URL parsing forgives but the database refuses ("https:host").
  return z.url({ protocol: /^https?$/, hostname: z.regexes.hostname, message, abort: true }).regex(HTTP_START, { message });
}

/** Whether a value passes webAddressSchema; for code that filters rather than reports. */
export function isWebAddress(value: string): boolean {
  return webAddressSchema().safeParse(value).success;
}

// "www.example.org", "example.org/path": a host name with a dot, typed without
// a scheme. A value that names a scheme ("javascript:…", "ftp://…") is never
// touched, so the rule above still judges it; a port ("example.org:8080") is no scheme.
const NAMES_A_SCHEME = /^[a-z][a-z0-9+.-]*:(?!\d)/i;
const BARE_HOST = /^(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?:[/?#:]|$)/u;

/** A web address as people type it: "www.example.org" gets "https://" in front; anything else is left as it is. */
export function withWebScheme(value: string): string {
  const trimmed = value.trim();
  return !NAMES_A_SCHEME.test(trimmed) && BARE_HOST.test(trimmed) ? `https://${trimmed}` : value;
}
