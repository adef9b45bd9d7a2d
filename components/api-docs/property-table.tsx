import type { PropertyRow } from "@/lib/api/describe-schema";

const CELL = "px-3 py-2 align-top";

/** Fields of a JSON object (or parameters of a request) as a table. */
export function PropertyTable({ caption, rows, firstColumn = "Field" }: { caption: string; rows: PropertyRow[]; firstColumn?: string }) {
  return (
    <table className="w-full table-fixed border-collapse text-left text-sm">
      <caption className="pb-2 text-left font-semibold">{caption}</caption>
      <thead className="border-b-2 border-slate-300 bg-slate-50">
        <tr>
          <th scope="col" className={`${CELL} w-1/5`}>{firstColumn}</th>
          <th scope="col" className={`${CELL} w-1/4`}>Type</th>
          <th scope="col" className={CELL}>Meaning</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name} className="border-b border-slate-200">
            <th scope="row" className={`${CELL} break-words font-mono font-normal`}>
              {row.name}
              {row.required ? null : <span className="font-sans text-slate-600"> (optional)</span>}
            </th>
            <td className={`${CELL} break-words`}>{row.type}</td>
            <td className={`${CELL} break-words`}>{row.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
