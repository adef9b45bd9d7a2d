import Link from "next/link";

/** What staff can do with an entry, on its public page: the moderation pages for it. */
export function StaffLinks({ slug, proposeHere }: { slug: string; proposeHere: boolean }) {
  const history = `/moderation/entries/${slug}`;
  return (
    <nav aria-label="Moderation" className="mt-4 rounded-lg border border-slate-300 p-4 text-sm print:hidden">
      <h2 className="font-semibold">For moderators</h2>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
        <li>
          <Link href={history}>History</Link>
        </li>
        {!proposeHere && (
          <li>
            <Link href={`/contributions/edit/${slug}`}>Propose changes</Link>
          </li>
        )}
        <li>
          <Link href={`${history}#archive`}>Archive</Link>
        </li>
      </ul>
    </nav>
  );
}
