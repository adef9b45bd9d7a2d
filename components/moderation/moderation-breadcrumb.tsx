import Link from "next/link";
import { Fragment } from "react";

type Crumb = { label: string; href: string };

/** "Moderation queue / … / <this page>", at the top of every moderation page but the queue. */
export function ModerationBreadcrumb({ current, trail = [] }: { current: string; trail?: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap gap-2 text-slate-600">
        {[{ label: "Moderation queue", href: "/moderation" }, ...trail].map((crumb) => (
          <Fragment key={crumb.href}>
            <li>
              <Link href={crumb.href}>{crumb.label}</Link>
            </li>
            <li aria-hidden="true">/</li>
          </Fragment>
        ))}
        <li aria-current="page" className="break-all">
          {current}
        </li>
      </ol>
    </nav>
  );
}
