"use client";

import Link from "next/link";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="max-w-xl">
      <h1 className="text-2xl font-bold">Something went wrong on our side</h1>
      <p className="mt-3 text-slate-700">The page could not be shown just now. Your search and filters are still in the address bar.</p>
      <div className="mt-6 flex gap-4">
        <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
          Try again
        </button>
        <Link href="/" className="self-center">
          Home page
        </Link>
      </div>
    </div>
  );
}
