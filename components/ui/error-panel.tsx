"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

/** What Next passes to an error.tsx boundary. */
export type ErrorBoundaryProps = { error: Error & { digest?: string }; reset: () => void };

type ErrorPanelProps = {
  /** What is safe and what to do, for the part of the site that failed. */
  message: ReactNode;
  /** Where to go instead of trying again (a path every language shares: the link adds the page's language). */
  home: { href: string; label: string };
  reset: () => void;
};

/** What an error boundary (error.tsx) shows: the failure in plain words, a retry, and a way out. */
export function ErrorPanel({ message, home, reset }: ErrorPanelProps) {
  const t = useTranslations("errors.panel");
  return (
    <div role="alert" className="max-w-xl">
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-3 text-slate-700">{message}</p>
      <div className="mt-6 flex gap-4">
        <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
          {t("retry")}
        </button>
        <Link href={home.href} className="self-center">
          {home.label}
        </Link>
      </div>
    </div>
  );
}
