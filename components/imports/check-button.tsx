"use client";

import { useEffect, useRef, useState } from "react";

/** The button's words, from the server (the imports namespace stays off the client). */
export type CheckButtonTexts = { idle: string; checking: string; status: string };

/**
 * The upload's submit button. Checking a large file takes a while in the
 * request itself, so once it is sent the button says so and cannot send it twice.
 */
export function CheckButton({ texts }: { texts: CheckButtonTexts }) {
  const button = useRef<HTMLButtonElement>(null);
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    const form = button.current?.form;
    if (!form) return;
    const onSubmit = () => setChecking(true);
    // Coming back with the browser's Back button restores the page as it was left.
    const onShow = (event: PageTransitionEvent) => event.persisted && setChecking(false);
    form.addEventListener("submit", onSubmit);
    window.addEventListener("pageshow", onShow);
    return () => {
      form.removeEventListener("submit", onSubmit);
      window.removeEventListener("pageshow", onShow);
    };
  }, []);

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        ref={button}
        type="submit"
        disabled={checking}
        className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70"
      >
        {checking ? texts.checking : texts.idle}
      </button>
      <p role="status" className="text-sm text-slate-700">
        {checking ? texts.status : ""}
      </p>
    </div>
  );
}
