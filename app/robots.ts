import type { MetadataRoute } from "next";
import { LOCALES, localisedPath } from "@/lib/i18n/locales";
import { absoluteUrl } from "@/lib/site-url";

const PRIVATE = ["/moderation", "/admin", "/account", "/contributions", "/notifications", "/auth"];

// The site's address is known at run time only (NEXTAUTH_URL).
export const dynamic = "force-dynamic";

/** Everything public may be crawled; signed-in and staff areas are of no use to a crawler. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      // The same areas in every language, and next-auth's own routes.
      disallow: [...LOCALES.flatMap((locale) => PRIVATE.map((path) => localisedPath(locale, path))), "/api/auth"],
    },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
