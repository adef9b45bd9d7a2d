import type { Metadata, Viewport } from "next";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { currentActor } from "@/lib/auth/session";
import { countUnread } from "@/lib/notifications/notifications";
import { signOutAction } from "./auth/actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "STEM Clearinghouse", template: "%s · STEM Clearinghouse" },
  icons: { icon: "/favicon.svg" },
  description:
    "Europe's regional clearinghouse for STEM education: programmes, national platforms, publications, resources and project teams, searchable by country, level and theme.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  const account = actor ? { label: actor.name ?? actor.email, role: actor.role, unread: await countUnread(actor.id) } : null;
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:shadow"
        >
          Skip to main content
        </a>
        <SiteHeader account={account} signOut={signOutAction} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
