import { createElement, type ComponentProps } from "react";
import NextLink from "next/link";
import { useLocale } from "next-intl";
import { createNavigation } from "next-intl/navigation";
import { isLocale, localisedPath } from "./locales";
import { routing } from "./routing";

// Links, redirects and the path without its language, for every component:
// <Link href="/search"> goes to /de/search on a German page.
const navigation = createNavigation(routing);
export const { redirect, usePathname, useRouter, getPathname } = navigation;

type LinkProps = Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & { href: string };

/**
 * A link in the page's language that does not prefetch. Every page here is rendered
 * per request, so a prefetch brings only the layouts' outline, yet Next.js sent two
 * requests for each link that scrolled into view: 18 to 33 for one page view on a
 * phone, each a round through the server, for nothing a click does not fetch again.
 *
 * Next.js's own Link with the path localised here, not next-intl's: on the server
 * that one awaits the locale afresh in every link, so each suspended and became its
 * own chunk of the page's payload (57 on the home page). useLocale reads the
 * request's settled locale without suspending. Links to another language are plain
 * anchors (components/i18n/language-switch.tsx), so no cookie needs syncing here.
 */
export function Link({ href, ...props }: LinkProps) {
  const locale = useLocale();
  const path = href.startsWith("/") && isLocale(locale) ? localisedPath(locale, href) : href;
  return createElement(NextLink, { prefetch: false, ...props, href: path });
}
