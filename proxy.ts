import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_HEADER } from "@/lib/i18n/locale-header";
import { splitLocalePath } from "@/lib/i18n/locales";
import { isForeignStateChange } from "@/lib/http/same-origin";
import { IN_PLACE_HEADER, OWN_REQUEST_HEADER, pageInPlace } from "@/lib/http/page-in-place";
import { linkStatus, reminderLinkState } from "@/lib/verification/reminder-links";

// One network-level guard in front of the app: state-changing requests from
// other origins get a clear 403. Authorization itself lives in lib/, next to
// the data; this is never the only gate.
//
// It also tells server actions the language of the page they were sent from
// (its path's prefix): actions have no route params to read it from. Whatever
// a client sent in that header is replaced.
//
// And a reminder's "still accurate" link that cannot be used answers with its
// status (400 unknown, 403, 410 used or expired): a page cannot set its own
// status in the App Router, a rewrite from here can. (An archived entry's 410
// is given by scripts/support/web-server.mjs, only when its page finds no
// published entry: a lookup here ran in front of every entry view.)
//
// And when the web server asks for a page in place of another (an archived
// entry's, the not-found page), it rewrites that request to the page
// (lib/http/page-in-place.ts). Only the web server's own requests carry
// OWN_REQUEST_HEADER: it takes a reader's copy off.
export async function proxy(request: NextRequest) {
  if (request.headers.get(OWN_REQUEST_HEADER) === "1") {
    const destination = pageInPlace(request.headers.get(IN_PLACE_HEADER), request.nextUrl.pathname, request.nextUrl.search);
    if (destination !== null) return NextResponse.rewrite(new URL(destination, request.url));
  }
  if (isForeignStateChange(request.method, (name) => request.headers.get(name))) {
    return NextResponse.json(
      { error: { code: "forbidden_origin", message: "Changes can only be made from this site's own pages." } },
      { status: 403 },
    );
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
    // Reminder links, for the status of one that cannot be used.
    "/still-accurate/:token",
    "/:lang([a-z]{2})/still-accurate/:token",
    // The web server's requests for a page in place of another (OWN_REQUEST_HEADER;
    // the matcher must be written out).
    { source: "/:path*", has: [{ type: "header", key: "x-clearinghouse-own-request" }] },
  ],
};
