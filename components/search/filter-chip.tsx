import { Link } from "@/lib/i18n/navigation";
import type { ReactNode } from "react";

/** One active filter as a link that removes it: "Country: Romania ×". */
export function FilterChip({ href, name, children, label, scroll }: { href: string; name: string; children: ReactNode; label: string; scroll?: boolean }) {
  return (
    <Link
      href={href}
      scroll={scroll}
      className="inline-flex items-center gap-1 rounded-full bg-brand-100 px-3 py-1 text-sm text-brand-900 no-underline hover:bg-brand-50"
      aria-label={label}
    >
      {/* One run of text, so a long value wraps under the name rather than beside it in a column. */}
      <span className="min-w-0">
        <span className="text-slate-700">{name}:</span> {children}
      </span>
      <span aria-hidden="true" className="ml-1 font-bold">
        ×
      </span>
    </Link>
  );
}
