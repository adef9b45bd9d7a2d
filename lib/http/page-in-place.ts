import { headers } from "next/headers";
import { localisedPath, splitLocalePath } from "@/lib/i18n/locales";

// Pages that scripts/support/web-server.mjs sends in place of Next.js's
// answer: an archived entry's page (410) when the entry page finds no
// published entry, and the not-found page as HTML (404) when a page calls
// notFound(). It asks for the reader's own address again, from itself, with
// this header saying which; proxy.ts rewrites that request to the page. So the
// page renders at the reader's address, and its language links point to that
// address in other languages, not to the page's own.

// Keep both in step with the constants of the same names in
// scripts/support/web-server.mjs (and the first with proxy.ts's matcher).
/** "1" on the web server's requests to itself; it takes any other copy off. */
export const OWN_REQUEST_HEADER = "x-clearinghouse-own-request";
/** Which page such a request asks for: "archived" or "not-found". */
export const IN_PLACE_HEADER = "x-clearinghouse-in-place";

/** Whether this request is the web server's own, for a page it sends in another's place. */
export async function isOwnRequest(): Promise<boolean> {
  return (await headers()).get(OWN_REQUEST_HEADER) === "1";
}

// An entry's address, its slug captured.
const ENTRY_ADDRESS = /^\/entries\/([^/]+?)\/?$/;

// Addresses whose own not-found page says more than the site's.
const NOT_FOUND_KINDS: ReadonlyArray<readonly ["entry" | "proposal", RegExp]> = [
  ["entry", ENTRY_ADDRESS],
  ["proposal", /^\/contributions\/[^/]+\/?$/],
];

/**
 * Where the page asked for in place of the one at `pathname` is
 * ("/de/entries/x", "?y" → "/de/entries/x/archived?y"); null when there is none.
 */
export function pageInPlace(what: string | null, pathname: string, search = ""): string | null {
  const { locale, path } = splitLocalePath(pathname);
  if (what === "archived") {
    const slug = ENTRY_ADDRESS.exec(path)?.[1];
    return slug ? localisedPath(locale, `/entries/${slug}/archived${search}`) : null;
  }
  if (what === "not-found") {
    const kind = NOT_FOUND_KINDS.find(([, pattern]) => pattern.test(path))?.[0];
    return localisedPath(locale, `/page-not-found${kind ? `?for=${kind}` : ""}`);
  }
  return null;
}
