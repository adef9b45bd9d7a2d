import type { FieldChange } from "@/lib/submissions/fields";
import { FieldValue } from "./field-value";

const CELL = "px-3 py-2 align-top";

/** A new entry has nothing to compare with: its fields, the empty ones last. */
export function ProposalFields({ fields, heading = "Proposed" }: { fields: FieldChange[]; heading?: string }) {
  const filled = fields.filter((f) => f.after.length > 0);
  const empty = fields.filter((f) => f.after.length === 0);
  return (
    <div className="overflow-x-auto">
      <table className="w-full table-fixed border-collapse text-left text-sm">
        <caption className="sr-only">Fields of the proposed entry</caption>
        <colgroup>
          <col className="w-44" />
          <col />
        </colgroup>
        <thead className="border-b-2 border-slate-300 bg-slate-50">
          <tr>
            <th scope="col" className={CELL}>Field</th>
            <th scope="col" className={CELL}>{heading}</th>
          </tr>
        </thead>
        <tbody>
          {filled.map((f) => (
            <tr key={f.field} className="border-b border-slate-200">
              <th scope="row" className={`${CELL} font-semibold`}>{f.label}</th>
              <td className={CELL}>
                <FieldValue field={f.field} lines={f.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {empty.length > 0 && (
        <p className="mt-3 text-sm text-slate-600">Left empty: {empty.map((f) => f.label).join(", ")}.</p>
      )}
    </div>
  );
}
