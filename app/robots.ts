import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site-url";

// The site's address is known at run time only (NEXTAUTH_URL).
export const dynamic = "force-dynamic";

/** Everything public may be crawled; signed-in and staff areas are of no use to a crawler. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/moderation", "/admin", "/account", "/contributions", "/notifications", "/auth", "/api/auth"],
    },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
