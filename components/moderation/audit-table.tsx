import Link from "next/link";
import type { AuditRecord } from "@/lib/audit/audit";
import { actionLabel, detailLines, subjectHref } from "./audit-text";
import { When } from "@/components/ui/when";

const CELL = "px-3 py-2 align-top";

function Subject({ record }: { record: AuditRecord }) {
  const href = subjectHref(record);
  const name = `${record.subjectType.charAt(0).toUpperCase()}${record.subjectType.slice(1)} ${record.subjectId.slice(0, 8)}`;
  return href ? <Link href={href}>{name}</Link> : <span>{name}</span>;
}

export function AuditTable({ records, caption }: { records: AuditRecord[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="pb-2 text-left text-base font-semibold">{caption}</caption>
        <thead className="border-b-2 border-slate-300 bg-slate-50">
          <tr>
            <th scope="col" className={CELL}>When</th>
            <th scope="col" className={CELL}>Who</th>
            <th scope="col" className={CELL}>What</th>
            <th scope="col" className={CELL}>Subject</th>
            <th scope="col" className={CELL}>Details</th>
          </tr>
        </thead>
        <tbody>
          {records.map((r) => {
            const lines = detailLines(r.details);
            return (
              <tr key={r.id} className="border-b border-slate-200">
                <td className={`${CELL} whitespace-nowrap`}>
                  <When date={r.at} withTime />
                </td>
                <td className={`${CELL} break-all`}>{r.actor}</td>
                <th scope="row" className={`${CELL} font-normal`}>
                  {actionLabel(r.action)}
                  <code className="block text-xs text-slate-600">{r.action}</code>
                </th>
                <td className={CELL}>
                  <Subject record={r} />
                </td>
                <td className={CELL}>
                  {lines.length === 0 ? (
                    <span className="text-slate-600">None</span>
                  ) : (
                    <ul className="space-y-0.5">
                      {lines.map((line, i) => (
                        <li key={i} className="whitespace-pre-wrap break-words">
                          {line}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
