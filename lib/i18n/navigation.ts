import { createElement, type ComponentProps } from "react";
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// Links, redirects and the path without its language, for every component:
// <Link href="/search"> goes to /de/search on a German page.
const navigation = createNavigation(routing);
export const { redirect, usePathname, useRouter, getPathname } = navigation;

/**
 * A link in the page's language that does not prefetch. Every page here is rendered
 * per request, so a prefetch brings only the layouts' outline, yet Next.js sent two
 * requests for each link that scrolled into view: 18 to 33 for one page view on a
 * phone, each a round through the server, for nothing a click does not fetch again.
 */
export function Link(props: ComponentProps<typeof navigation.Link>) {
  return createElement(navigation.Link, { prefetch: false, ...props });
}
