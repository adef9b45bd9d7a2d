import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-3 text-slate-700">There is nothing at this address. It may have moved, or the link may be mistyped.</p>
      <form action="/search" method="get" className="mt-6 flex gap-2">
        <label htmlFor="nf-q" className="sr-only">
          Search the catalogue
        </label>
        <input id="nf-q" type="search" name="q" className="w-full rounded-md border border-slate-400 px-3 py-2" placeholder="Search the catalogue" />
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
          Search
        </button>
      </form>
      <p className="mt-4">
        Or go to the <Link href="/">home page</Link>.
      </p>
    </div>
  );
}
