"use client";

import Link from "next/link";

export default function ContributionsError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="max-w-xl">
      <h1 className="text-2xl font-bold">Something went wrong on our side</h1>
      <p className="mt-3 text-slate-700">
        This page could not be shown just now. Anything you saved before is safe; changes you had not saved yet may need to be made again.
      </p>
      <div className="mt-6 flex gap-4">
        <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
          Try again
        </button>
        <Link href="/contributions" className="self-center">
          My contributions
        </Link>
      </div>
    </div>
  );
}
