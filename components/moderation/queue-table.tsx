import Link from "next/link";
import { labelOf } from "@/lib/catalogue/vocabularies";
import type { QueueItem } from "@/lib/submissions/queue";
import { waitedFor } from "@/lib/submissions/waiting";
import { STATE_LABELS } from "@/lib/submissions/schema";
import { When } from "@/components/ui/when";

const CELL = "px-3 py-2 align-top";

export function QueueTable({ items, caption, now }: { items: QueueItem[]; caption: string; now: Date }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="pb-2 text-left text-base font-semibold">{caption}</caption>
        <thead className="border-b-2 border-slate-300 bg-slate-50">
          <tr>
            <th scope="col" className={CELL}>Title</th>
            <th scope="col" className={CELL}>Kind</th>
            <th scope="col" className={CELL}>Countries</th>
            <th scope="col" className={CELL}>Organisation</th>
            <th scope="col" className={CELL}>New or edit</th>
            <th scope="col" className={CELL}>State</th>
            <th scope="col" className={CELL}>Waiting for</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className="border-b border-slate-200">
              <th scope="row" className={`${CELL} font-semibold`}>
                <Link href={`/moderation/${item.id}`}>{item.title}</Link>
              </th>
              <td className={CELL}>{labelOf("kind", item.kind)}</td>
              <td className={CELL}>{item.countries.length > 0 ? item.countries.map((c) => labelOf("country", c)).join(", ") : "None given"}</td>
              <td className={CELL}>{item.organisation}</td>
              <td className={CELL}>{item.isEdit ? "Edit of a published entry" : "New entry"}</td>
              <td className={CELL}>{STATE_LABELS[item.state]}</td>
              <td className={CELL}>
                {waitedFor(item.submittedAt, now)}
                <span className="block text-xs text-slate-600">
                  since <When date={item.submittedAt} />
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
