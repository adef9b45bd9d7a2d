"use client";

import Link from "next/link";

export default function ModerationError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="max-w-xl">
      <h1 className="text-2xl font-bold">Something went wrong on our side</h1>
      <p className="mt-3 text-slate-700">
        This page could not be shown just now. If you had just sent a decision, open the proposal again to see whether it was saved before
        deciding again.
      </p>
      <div className="mt-6 flex gap-4">
        <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
          Try again
        </button>
        <Link href="/moderation" className="self-center">
          Moderation queue
        </Link>
      </div>
    </div>
  );
}
