"use client";

import { useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";

/** The code to paste, selectable without JavaScript, with a copy button when it runs. */
export function SnippetBox({ snippet }: { snippet: string }) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus("Copied. Paste it into your page’s HTML.");
    } catch {
      setStatus("Your browser did not allow copying: select the code and copy it yourself.");
    }
  }

  return (
    <div>
      <label htmlFor="embed-snippet" className="sr-only">
        Code to paste into your page
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
            Copy code
          </button>
        )}
        <p role="status" className="text-sm text-slate-700">
          {status}
        </p>
      </div>
    </div>
  );
}
