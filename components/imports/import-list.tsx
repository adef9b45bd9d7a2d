import Link from "next/link";
import type { ImportSummary } from "@/lib/imports/views";
import { Cell, DataTable, Row, RowHeader } from "@/components/ui/data-table";
import { When } from "@/components/ui/when";
import { MODE_LABELS, STATE_LABELS } from "./labels";
import { EmptyState } from "@/components/ui/empty-state";

const COLUMNS = ["File", "State", "Rows", "Mode", "Organisation", "By", "When"];

function progressText(i: ImportSummary): string {
  if (i.state === "running") return `${i.processedRows} of ${i.totalRows} rows`;
  if (i.state === "done") return `${i.processedRows} ${i.processedRows === 1 ? "row" : "rows"} imported`;
  if (i.state === "checked") return `${i.totalRows} ${i.totalRows === 1 ? "row" : "rows"} can be imported`;
  return "None imported";
}

export function ImportList({ imports }: { imports: ImportSummary[] }) {
  if (imports.length === 0) {
    return <EmptyState message="No file has been imported yet." />;
  }
  return (
    <DataTable caption="Latest imports, newest first" columns={COLUMNS}>
      {imports.map((i) => (
        <Row key={i.id}>
          <RowHeader className="break-all font-semibold">
            <Link href={`/moderation/imports/${i.id}`}>{i.fileName}</Link>
          </RowHeader>
          <Cell>{STATE_LABELS[i.state]}</Cell>
          <Cell>{progressText(i)}</Cell>
          <Cell>{MODE_LABELS[i.mode]}</Cell>
          <Cell>{i.organisation ?? "None"}</Cell>
          <Cell className="break-all">{i.createdBy}</Cell>
          <Cell className="whitespace-nowrap">
            <When date={i.createdAt} withTime />
          </Cell>
        </Row>
      ))}
    </DataTable>
  );
}
