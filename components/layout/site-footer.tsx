import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 py-6">
        <p>STEM Clearinghouse — the regional STEM alliance&apos;s shared catalogue of what works in STEM education.</p>
        <ul className="flex gap-4">
          <li>
            <Link href="/about">About</Link>
          </li>
          <li>
            <Link href="/api-docs">Open API</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
