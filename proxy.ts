import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_HEADER } from "@/lib/i18n/locale-header";
import { splitLocalePath } from "@/lib/i18n/locales";
import { isForeignStateChange } from "@/lib/http/same-origin";

// One network-level guard in front of the app: state-changing requests from
// other origins get a clear 403. Authorization itself lives in lib/, next to
// the data; this is never the only gate.
//
// It also tells server actions the language of the page they were sent from
// (its path's prefix): actions have no route params to read it from. Whatever
// a client sent in that header is replaced.
export function proxy(request: NextRequest) {
  if (isForeignStateChange(request.method, (name) => request.headers.get(name))) {
    return NextResponse.json(
      { error: { code: "forbidden_origin", message: "Changes can only be made from this site's own pages." } },
      { status: 403 },
    );
  }
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, splitLocalePath(request.nextUrl.pathname).locale);
  return NextResponse.next({ request: { headers } });
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
  ],
};
