import { useTranslations } from "next-intl";
import type { VersionView } from "@/lib/submissions/history";
import { Cell, DataTable, Row, RowHeader } from "@/components/ui/data-table";
import { When } from "@/components/ui/when";
import { Link } from "@/lib/i18n/navigation";

export function VersionTable({ slug, versions }: { slug: string; versions: VersionView[] }) {
  const t = useTranslations("moderation.versions");
  if (versions.length === 0) {
    return <p className="text-slate-700">{t("none")}</p>;
  }
  const columns = [t("columns.version"), t("columns.approvedBy"), t("columns.published"), t("columns.proposal")];
  return (
    <DataTable caption={t("caption")} columns={columns}>
      {versions.map((v) => (
        <Row key={v.version}>
          <RowHeader>
            <Link href={`/moderation/entries/${slug}/versions/${v.version}`} aria-label={t("whatChanged", { version: v.version })}>
              {v.version}
            </Link>
          </RowHeader>
          <Cell className="break-all">{v.approvedBy}</Cell>
          <Cell>
            <When date={v.createdAt} withTime />
          </Cell>
          <Cell>
            {v.proposalId ? <Link href={`/moderation/${v.proposalId}`}>{t("review", { version: v.version })}</Link> : <span className="text-slate-600">{t("imported")}</span>}
          </Cell>
        </Row>
      ))}
    </DataTable>
  );
}
