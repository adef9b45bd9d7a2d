"use client";

import { useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";

export type SnippetTexts = { label: string; copy: string; copied: string; copyRefused: string };

/** The code to paste, selectable without JavaScript, with a copy button when it runs. Its words come from the page (no catalogue in the browser). */
export function SnippetBox({ snippet, texts }: { snippet: string; texts: SnippetTexts }) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus(texts.copied);
    } catch {
      setStatus(texts.copyRefused);
    }
  }

  return (
    <div>
      <label htmlFor="embed-snippet" className="sr-only">
        {texts.label}
      </label>
      <textarea
        id="embed-snippet"
        readOnly
        rows={5}
        value={snippet}
        onFocus={(e) => e.currentTarget.select()}
        className="block w-full rounded-md border border-slate-400 bg-white p-2 font-mono text-xs"
      />
      <div className="mt-2 flex items-center gap-3">
        {hydrated && (
          <button type="button" onClick={copy} className="rounded-md border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50">
            {texts.copy}
          </button>
        )}
        <p role="status" className="text-sm text-slate-700">
          {status}
        </p>
      </div>
    </div>
  );
}
