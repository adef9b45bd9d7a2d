import { NextResponse, type NextRequest } from "next/server";
import { isArchivedSlug } from "@/lib/catalogue/archived";
import { slugSchema } from "@/lib/catalogue/schema";
import { LOCALE_HEADER } from "@/lib/i18n/locale-header";
import { localisedPath, splitLocalePath, type Locale } from "@/lib/i18n/locales";
import { isForeignStateChange } from "@/lib/http/same-origin";
import { linkStatus, reminderLinkState } from "@/lib/verification/reminder-links";

// One network-level guard in front of the app: state-changing requests from
// other origins get a clear 403. Authorization itself lives in lib/, next to
// the data; this is never the only gate.
//
// It also tells server actions the language of the page they were sent from
// (its path's prefix): actions have no route params to read it from. Whatever
// a client sent in that header is replaced.
//
// And the address of an archived entry answers 410 Gone with a page that says
// why (app/[lang]/entries/[slug]/archived): a page cannot set its own status
// in the App Router, a rewrite from here can. So does a reminder's "still
// accurate" link that cannot be used (400 unknown, 403, 410 used or expired).
export async function proxy(request: NextRequest) {
  if (isForeignStateChange(request.method, (name) => request.headers.get(name))) {
    return NextResponse.json(
      { error: { code: "forbidden_origin", message: "Changes can only be made from this site's own pages." } },
      { status: 403 },
    );
  }
  const entry = entryAddress(request.nextUrl.pathname);
  if (entry && (request.method === "GET" || request.method === "HEAD") && (await isArchivedSlug(entry.slug))) {
    const gone = request.nextUrl.clone();
    // Unprefixed for English, as every address: next.config.ts adds the /en.
    gone.pathname = localisedPath(entry.locale, `/entries/${entry.slug}/archived`);
    return NextResponse.rewrite(gone, { status: 410 });
  }
  const token = reminderLinkToken(request.nextUrl.pathname);
  if (token !== null && (request.method === "GET" || request.method === "HEAD")) {
    const status = linkStatus(await reminderLinkState(token));
    if (status !== 200) return NextResponse.rewrite(request.nextUrl, { status });
  }
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, splitLocalePath(request.nextUrl.pathname).locale);
  return NextResponse.next({ request: { headers } });
}

/** The language and slug of an entry page's address ("/entries/x", "/de/entries/x"), or null. */
function entryAddress(pathname: string): { locale: Locale; slug: string } | null {
  const { locale, path } = splitLocalePath(pathname);
  const match = /^\/entries\/([^/]+)\/?$/.exec(path);
  const slug = slugSchema.safeParse(match?.[1]);
  return slug.success ? { locale, slug: slug.data } : null;
}

/** The token of a reminder link's address ("/still-accurate/x", "/de/still-accurate/x"), or null. */
function reminderLinkToken(pathname: string): string | null {
  return /^\/still-accurate\/([^/]+)\/?$/.exec(splitLocalePath(pathname).path)?.[1] ?? null;
}

export const config = {
  matcher: [
    {
      // Static files and the read-only JSON API never change state. Only
      // requests that carry an Origin (browsers send it on every POST) are
      // looked at, so ordinary page views do not pay for the proxy at all.
      source: "/((?!_next/static|_next/image|favicon.svg|api/v1/).*)",
      has: [{ type: "header", key: "origin" }],
    },
    // Entry pages, for archived entries' 410 (a slug never holds "/").
    "/entries/:slug",
    "/:lang([a-z]{2})/entries/:slug",
    // Reminder links, for the status of one that cannot be used.
    "/still-accurate/:token",
    "/:lang([a-z]{2})/still-accurate/:token",
  ],
};
