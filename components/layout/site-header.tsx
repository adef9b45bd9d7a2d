import Link from "next/link";
import { AccountNav, type HeaderAccount } from "./account-nav";

const NAV = [
  { href: "/search", label: "Search" },
  { href: "/countries", label: "Countries" },
  { href: "/themes", label: "Themes" },
  { href: "/levels", label: "Education levels" },
  { href: "/statistics", label: "Statistics" },
  { href: "/about", label: "About" },
];

export function SiteHeader({ account, signOut }: { account: HeaderAccount | null; signOut: () => Promise<void> }) {
  return (
    <header className="border-b border-slate-200 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="text-lg font-semibold text-white no-underline hover:underline">
          <span aria-hidden="true" className="mr-2 rounded bg-white px-1.5 py-0.5 text-sm font-bold text-brand-900">
            STEM
          </span>
          Clearinghouse
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-white no-underline hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="border-t border-white/20">
        <div className="mx-auto max-w-6xl px-4 py-2">
          <AccountNav account={account} signOut={signOut} />
        </div>
      </div>
    </header>
  );
}
