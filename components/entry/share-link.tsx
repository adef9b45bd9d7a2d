"use client";

import { useState } from "react";

/**
 * "Share": the phone's share sheet (Web Share API) where there is one, otherwise
 * the address copied to the clipboard. Without JavaScript it is a plain link to
 * the page, whose address people can copy from the browser.
 */
export type ShareTexts = { share: string; copied: string; copyRefused: string };

export function ShareLink({ url, title, className, texts }: { url: string; title: string; className?: string; texts: ShareTexts }) {
  const [status, setStatus] = useState("");

  async function share(event: React.MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // Closing the share sheet is no failure; anything else falls back to copying.
        if (error instanceof DOMException && error.name === "AbortError") return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus(texts.copied);
    } catch {
      setStatus(texts.copyRefused);
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-x-3 gap-y-1">
      <a href={url} onClick={share} className={className}>
        {texts.share}
      </a>
      <span role="status" className="text-sm text-slate-700">
        {status}
      </span>
    </span>
  );
}
