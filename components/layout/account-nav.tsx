import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";

export type HeaderAccount = { label: string; role: Role; unread: number };

const linkClass = "text-white no-underline hover:underline";

/** Signed out: a sign-in link. Signed in: what this role can reach, and signing out (a POST). */
export async function AccountNav({ account, signOut }: { account: HeaderAccount | null; signOut: () => Promise<void> }) {
  const t = await getTranslations("site.account");
  if (!account) {
    return (
      <nav aria-label={t("label")} className="flex justify-end text-sm">
        <Link href="/auth/sign-in" className={linkClass}>
          {t("signIn")}
        </Link>
      </nav>
    );
  }
  const staff = account.role === "moderator" || account.role === "admin";
  return (
    <nav aria-label={t("label")} className="text-sm">
      <ul className="flex flex-wrap items-center justify-end gap-x-5 gap-y-2">
        <li>
          <Link href="/contributions" className={linkClass}>
            {t("contributions")}
          </Link>
        </li>
        <li>
          <Link href="/notifications" className={linkClass}>
            {t("notifications")}
            {account.unread > 0 && (
              <span className="ml-1 rounded-full bg-amber-300 px-1.5 text-xs font-bold text-slate-900">
                <span aria-hidden="true">{account.unread}</span>
                <span className="sr-only"> {t("unread", { count: account.unread })}</span>
              </span>
            )}
          </Link>
        </li>
        <li>
          <Link href="/alerts" className={linkClass}>
            {t("alerts")}
          </Link>
        </li>
        {staff && (
          <li>
            <Link href="/moderation" className={linkClass}>
              {t("moderation")}
            </Link>
          </li>
        )}
        {account.role === "admin" && (
          <li>
            <Link href="/admin" className={linkClass}>
              {t("admin")}
            </Link>
          </li>
        )}
        {account.role === "moderator" && (
          <li>
            <Link href="/admin/organisations" className={linkClass}>
              {t("organisations")}
            </Link>
          </li>
        )}
        <li>
          <Link href="/account" className={linkClass}>
            {t("account")}
            <span className="sr-only"> {t("accountOf", { name: account.label })}</span>
          </Link>
        </li>
        <li>
          <form action={signOut}>
            <button type="submit" className="text-white underline-offset-2 hover:underline">
              {t("signOut")}
            </button>
          </form>
        </li>
      </ul>
    </nav>
  );
}
