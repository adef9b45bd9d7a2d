import type { MetadataRoute } from "next";
import { buildSitemap } from "@/lib/seo/sitemap";

// Read at request time: the catalogue changes, and the build has no database.
export const dynamic = "force-dynamic";

export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return buildSitemap();
}
