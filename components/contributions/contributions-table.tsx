import Link from "next/link";
import { labelOf } from "@/lib/catalogue/vocabularies";
import type { ProposalSummary } from "@/lib/submissions/views";
import { StateBadge } from "./state-badge";
import { When } from "@/components/ui/when";

const COMMENT_LENGTH = 160;

function shorten(text: string): string {
  return text.length > COMMENT_LENGTH ? `${text.slice(0, COMMENT_LENGTH - 1).trimEnd()}…` : text;
}

export function ContributionsTable({ items }: { items: ProposalSummary[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Your organisations’ proposals, the most recently changed first</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            <th scope="col" className="py-2 pr-4">Proposal</th>
            <th scope="col" className="py-2 pr-4">State</th>
            <th scope="col" className="py-2 pr-4">Organisation</th>
            <th scope="col" className="py-2 pr-4">Moderator’s last comment</th>
            <th scope="col" className="py-2">Last change</th>
          </tr>
        </thead>
        <tbody>
          {items.map((p) => (
            <tr key={p.id} className="border-b border-slate-200 align-top">
              <td className="py-3 pr-4">
                <Link href={`/contributions/${p.id}`} className="font-semibold">
                  {p.title}
                </Link>
                <p className="text-slate-600">
                  {labelOf("kind", p.kind)} · {p.isEdit ? "changes to a published entry" : "new entry"} · started by {p.author}
                </p>
              </td>
              <td className="py-3 pr-4">
                <StateBadge state={p.state} />
              </td>
              <td className="py-3 pr-4">{p.organisation}</td>
              <td className="py-3 pr-4 text-slate-700">{p.lastComment ? shorten(p.lastComment) : <span className="text-slate-600">None</span>}</td>
              <td className="whitespace-nowrap py-3">
                <When date={p.updatedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
