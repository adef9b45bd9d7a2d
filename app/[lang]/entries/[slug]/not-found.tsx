import Link from "next/link";

export default function EntryNotFound() {
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">We could not find that entry</h1>
      <p className="mt-3 text-slate-700">It may have been renamed or removed, or the link may be mistyped.</p>
      <p className="mt-4">
        <Link href="/search">Search the catalogue</Link> or go to the <Link href="/">home page</Link>.
      </p>
    </div>
  );
}
