import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// Links, redirects and the path without its language, for every component:
// <Link href="/search"> goes to /de/search on a German page.
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
