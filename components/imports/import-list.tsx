import Link from "next/link";
import type { ImportSummary } from "@/lib/imports/views";
import { When } from "@/components/ui/when";
import { MODE_LABELS, STATE_LABELS } from "./labels";

const CELL = "px-3 py-2 align-top";

function progressText(i: ImportSummary): string {
  if (i.state === "running") return `${i.processedRows} of ${i.totalRows} rows`;
  if (i.state === "done") return `${i.processedRows} ${i.processedRows === 1 ? "row" : "rows"} imported`;
  if (i.state === "checked") return `${i.totalRows} ${i.totalRows === 1 ? "row" : "rows"} can be imported`;
  return "None imported";
}

export function ImportList({ imports }: { imports: ImportSummary[] }) {
  if (imports.length === 0) {
    return <p className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-700">No file has been imported yet.</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="pb-2 text-left text-base font-semibold">Latest imports, newest first</caption>
        <thead className="border-b-2 border-slate-300 bg-slate-50">
          <tr>
            <th scope="col" className={CELL}>File</th>
            <th scope="col" className={CELL}>State</th>
            <th scope="col" className={CELL}>Rows</th>
            <th scope="col" className={CELL}>Mode</th>
            <th scope="col" className={CELL}>Organisation</th>
            <th scope="col" className={CELL}>By</th>
            <th scope="col" className={CELL}>When</th>
          </tr>
        </thead>
        <tbody>
          {imports.map((i) => (
            <tr key={i.id} className="border-b border-slate-200">
              <th scope="row" className={`${CELL} break-all font-semibold`}>
                <Link href={`/moderation/imports/${i.id}`}>{i.fileName}</Link>
              </th>
              <td className={CELL}>{STATE_LABELS[i.state]}</td>
              <td className={CELL}>{progressText(i)}</td>
              <td className={CELL}>{MODE_LABELS[i.mode]}</td>
              <td className={CELL}>{i.organisation ?? "None"}</td>
              <td className={`${CELL} break-all`}>{i.createdBy}</td>
              <td className={`${CELL} whitespace-nowrap`}>
                <When date={i.createdAt} withTime />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
