import { useTranslations } from "next-intl";
import { Fragment } from "react";
import { Link } from "@/lib/i18n/navigation";

type Crumb = { label: string; href: string };

/** "Moderation queue / … / <this page>", at the top of every moderation page but the queue. */
export function ModerationBreadcrumb({ current, trail = [] }: { current: string; trail?: Crumb[] }) {
  const t = useTranslations("moderation");
  return (
    <nav aria-label={t("breadcrumb")} className="text-sm">
      <ol className="flex flex-wrap gap-2 text-slate-600">
        {[{ label: t("queue.title"), href: "/moderation" }, ...trail].map((crumb) => (
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
