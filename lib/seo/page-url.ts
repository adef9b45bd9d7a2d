import "server-only";
import { getLocale } from "next-intl/server";
import { localisedPath } from "@/lib/i18n/locales";
import { absoluteUrl } from "@/lib/site-url";

/** The absolute address of a page in the language being rendered: what its canonical link names. */
export async function pageUrl(path: string): Promise<string> {
  return absoluteUrl(localisedPath(await getLocale(), path));
}
