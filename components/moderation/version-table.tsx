import Link from "next/link";
import type { VersionView } from "@/lib/submissions/history";
import { When } from "@/components/ui/when";

const CELL = "px-3 py-2 align-top";

export function VersionTable({ slug, versions }: { slug: string; versions: VersionView[] }) {
  if (versions.length === 0) {
    return <p className="text-slate-700">This entry is as it was imported into the catalogue: no change to it has been approved yet.</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="pb-2 text-left text-base font-semibold">Published versions, newest first</caption>
        <thead className="border-b-2 border-slate-300 bg-slate-50">
          <tr>
            <th scope="col" className={CELL}>Version</th>
            <th scope="col" className={CELL}>Approved by</th>
            <th scope="col" className={CELL}>Published</th>
            <th scope="col" className={CELL}>Proposal</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version} className="border-b border-slate-200">
              <th scope="row" className={CELL}>
                <Link href={`/moderation/entries/${slug}/versions/${v.version}`} aria-label={`Version ${v.version}: what it changed`}>
                  {v.version}
                </Link>
              </th>
              <td className={`${CELL} break-all`}>{v.approvedBy}</td>
              <td className={CELL}>
                <When date={v.createdAt} withTime />
              </td>
              <td className={CELL}>
                {v.proposalId ? <Link href={`/moderation/${v.proposalId}`}>Review of version {v.version}</Link> : <span className="text-slate-600">None (imported)</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
