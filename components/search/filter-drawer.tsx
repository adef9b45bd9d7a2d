"use client";

import type { ReactNode } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { Link } from "@/lib/i18n/navigation";

// Filters on a phone (issue 12). The facet panel sits in a <dialog> that, while
// closed, is shown in the page like any block: beside the results on wide
// screens, below them on phones without JavaScript. With JavaScript, on small
// screens, the closed dialog is hidden and "Filters (n)" opens it as a modal
// sheet over the results (showModal traps focus and closes on Escape); the page's
// CSS is in app/globals.css (.filter-drawer).

const DRAWER_ID = "filter-drawer";
const BUTTON_ID = "filters-button";

function drawer(): HTMLDialogElement | null {
  const element = document.getElementById(DRAWER_ID);
  return element instanceof HTMLDialogElement ? element : null;
}

function closeDrawer() {
  drawer()?.close();
}

/** "Filters (n)": a link to the panel's anchor without JavaScript, a button that opens the sheet with it. */
export function FiltersButton({ text }: { text: string }) {
  const hydrated = useHydrated();
  const className =
    "inline-flex items-center rounded-md border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700 no-underline hover:bg-brand-50 md:hidden";
  if (!hydrated) {
    return (
      <a href="#filters" className={className}>
        {text}
      </a>
    );
  }
  return (
    <button type="button" id={BUTTON_ID} aria-haspopup="dialog" aria-controls={DRAWER_ID} className={className} onClick={() => drawer()?.showModal()}>
      {text}
    </button>
  );
}

/** The drawer's words, translated by the page (client components get no catalogue of their own). */
type DrawerTexts = { close: string; closeLabel: string; clearAll: string; show: string };

type DrawerProps = { children: ReactNode; clearHref: string | null; labelledBy: string; texts: DrawerTexts };

export function FilterDrawer({ children, clearHref, labelledBy, texts }: DrawerProps) {
  const hydrated = useHydrated();
  return (
    <dialog
      id={DRAWER_ID}
      className="filter-drawer"
      aria-labelledby={labelledBy}
      data-enhanced={hydrated ? "" : undefined}
      onClose={() => document.getElementById(BUTTON_ID)?.focus()}
    >
      <button type="button" onClick={closeDrawer} className="drawer-only absolute right-3 top-3 items-center gap-1 rounded-md px-2 py-1 text-sm font-semibold" aria-label={texts.closeLabel}>
        {texts.close} <span aria-hidden="true">×</span>
      </button>
      {children}
      <div className="drawer-only sticky bottom-0 -mx-4 -mb-4 mt-4 flex-wrap items-center justify-between gap-3 border-t border-slate-200 bg-white p-4">
        {clearHref ? (
          <Link href={clearHref} scroll={false} className="text-sm">
            {texts.clearAll}
          </Link>
        ) : (
          <span />
        )}
        <button type="button" onClick={closeDrawer} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 group-data-[pending]:opacity-60">
          {texts.show}
        </button>
      </div>
    </dialog>
  );
}
