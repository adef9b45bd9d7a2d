import type { NextRequest } from "next/server";
import { shapesSprite } from "@/lib/geo/shapes-sprite";

// Static per build, but computed from the atlas at first request rather than
// at build time, like the rest of lib/geo.
export const dynamic = "force-dynamic";

export function GET(request: NextRequest) {
  const { svg, version } = shapesSprite();
  // A request for this very version may keep it for ever; any other gets a short lifetime.
  const current = request.nextUrl.searchParams.get("v") === version;
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": current ? "public, max-age=31536000, immutable" : "public, max-age=300",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
}
