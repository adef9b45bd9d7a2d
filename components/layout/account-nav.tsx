import Link from "next/link";
import type { Role } from "@/lib/auth/permissions";

export type HeaderAccount = { label: string; role: Role; unread: number };

const linkClass = "text-white no-underline hover:underline";

/** Signed out: a sign-in link. Signed in: what this role can reach, and signing out (a POST). */
export function AccountNav({ account, signOut }: { account: HeaderAccount | null; signOut: () => Promise<void> }) {
  if (!account) {
    return (
      <nav aria-label="Account" className="flex justify-end text-sm">
        <Link href="/auth/sign-in" className={linkClass}>
          Sign in
        </Link>
      </nav>
    );
  }
  const staff = account.role === "moderator" || account.role === "admin";
  return (
    <nav aria-label="Account" className="text-sm">
      <ul className="flex flex-wrap items-center justify-end gap-x-5 gap-y-2">
        <li>
          <Link href="/contributions" className={linkClass}>
            My contributions
          </Link>
        </li>
        <li>
          <Link href="/notifications" className={linkClass}>
            Notifications
            {account.unread > 0 && (
              <span className="ml-1 rounded-full bg-amber-300 px-1.5 text-xs font-bold text-slate-900">
                {account.unread}
                <span className="sr-only"> unread</span>
              </span>
            )}
          </Link>
        </li>
        {staff && (
          <li>
            <Link href="/moderation" className={linkClass}>
              Moderation
            </Link>
          </li>
        )}
        {account.role === "admin" && (
          <li>
            <Link href="/admin" className={linkClass}>
              Admin
            </Link>
          </li>
        )}
        {account.role === "moderator" && (
          <li>
            <Link href="/admin/organisations" className={linkClass}>
              Organisations
            </Link>
          </li>
        )}
        <li>
          <Link href="/account" className={linkClass}>
            Account<span className="sr-only"> of {account.label}</span>
          </Link>
        </li>
        <li>
          <form action={signOut}>
            <button type="submit" className="text-white underline-offset-2 hover:underline">
              Sign out
            </button>
          </form>
        </li>
      </ul>
    </nav>
  );
}
