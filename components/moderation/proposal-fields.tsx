import type { FieldChange } from "@/lib/submissions/fields";
import { Cell, DataTable, Row, RowHeader } from "@/components/ui/data-table";
import { FieldValue } from "./field-value";

/** A new entry has nothing to compare with: its fields, the empty ones last. */
export function ProposalFields({ fields, heading = "Proposed" }: { fields: FieldChange[]; heading?: string }) {
  const filled = fields.filter((f) => f.after.length > 0);
  const empty = fields.filter((f) => f.after.length === 0);
  return (
    <div>
      <DataTable caption="Fields of the proposed entry" hideCaption fixed columns={[{ label: "Field", className: "w-32 sm:w-44" }, heading]}>
        {filled.map((f) => (
          <Row key={f.key}>
            <RowHeader className="font-semibold">{f.label}</RowHeader>
            <Cell>
              <FieldValue field={f.field} lines={f.after} />
            </Cell>
          </Row>
        ))}
      </DataTable>
      {empty.length > 0 && <p className="mt-3 text-sm text-slate-600">Left empty: {empty.map((f) => f.label).join(", ")}.</p>}
    </div>
  );
}
