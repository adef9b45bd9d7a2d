import { getTranslations } from "next-intl/server";
import type { PropertyRow } from "@/lib/api/describe-schema";
import { Cell, DataTable, Row, RowHeader } from "@/components/ui/data-table";

/** Fields of a JSON object (or parameters of a request) as a table. */
export async function PropertyTable({ caption, rows, firstColumn }: { caption: string; rows: PropertyRow[]; firstColumn?: string }) {
  const t = await getTranslations("apiDocs.endpoint");
  return (
    <DataTable caption={caption} fixed columns={[{ label: firstColumn ?? t("field"), className: "w-1/5" }, { label: t("type"), className: "w-1/4" }, t("meaning")]}>
      {rows.map((row) => (
        <Row key={row.name}>
          <RowHeader className="break-words font-mono font-normal">
            {row.name}
            {row.required ? null : <span className="font-sans text-slate-600"> {t("optional")}</span>}
          </RowHeader>
          <Cell className="break-words">{row.type}</Cell>
          <Cell className="break-words">{row.description}</Cell>
        </Row>
      ))}
    </DataTable>
  );
}
