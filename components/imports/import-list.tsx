import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { ImportSummary } from "@/lib/imports/views";
import { Cell, DataTable, Row, RowHeader } from "@/components/ui/data-table";
import { When } from "@/components/ui/when";
import { MODE_LABELS, STATE_LABELS } from "./labels";
import { EmptyState } from "@/components/ui/empty-state";

export function ImportList({ imports }: { imports: ImportSummary[] }) {
  const t = useTranslations("imports");
  if (imports.length === 0) {
    return <EmptyState message={t("list.empty")} />;
  }
  const progressText = (i: ImportSummary): string => {
    if (i.state === "running") return t("list.running", { processed: i.processedRows, total: i.totalRows });
    if (i.state === "done") return t("list.imported", { count: i.processedRows });
    if (i.state === "checked") return t("list.importable", { count: i.totalRows });
    return t("list.noneImported");
  };
  const columns = [t("list.file"), t("list.state"), t("list.rows"), t("list.mode"), t("list.organisation"), t("list.by"), t("list.when")];
  return (
    <DataTable caption={t("list.caption")} columns={columns}>
      {imports.map((i) => (
        <Row key={i.id}>
          <RowHeader className="break-all font-semibold">
            <Link href={`/moderation/imports/${i.id}`}>{i.fileName}</Link>
          </RowHeader>
          <Cell>{t(STATE_LABELS[i.state])}</Cell>
          <Cell>{progressText(i)}</Cell>
          <Cell>{t(MODE_LABELS[i.mode])}</Cell>
          <Cell>{i.organisation ?? t("list.none")}</Cell>
          <Cell className="break-all">{i.createdBy}</Cell>
          <Cell className="whitespace-nowrap">
            <When date={i.createdAt} withTime />
          </Cell>
        </Row>
      ))}
    </DataTable>
  );
}
