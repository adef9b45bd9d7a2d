import { useTranslations } from "next-intl";
import type { AuditRecord } from "@/lib/audit/audit";
import { Cell, DataTable, Row, RowHeader } from "@/components/ui/data-table";
import { When } from "@/components/ui/when";
import { Link } from "@/lib/i18n/navigation";
import { actionLabel, detailLines, isKnownAction, subjectHref } from "./audit-text";

const SUBJECT_TYPES = ["proposal", "entry", "user", "organisation", "membership", "import"] as const;

function Subject({ record }: { record: AuditRecord }) {
  const t = useTranslations("moderation.audit");
  const href = subjectHref(record);
  const known = SUBJECT_TYPES.find((s) => s === record.subjectType);
  const type = known ? t(`subjectType.${known}`) : `${record.subjectType.charAt(0).toUpperCase()}${record.subjectType.slice(1)}`;
  const name = record.subjectName ?? `${type} ${record.subjectId.slice(0, 8)}`;
  return (
    <span title={record.subjectId} className="block">
      {href ? <Link href={href}>{name}</Link> : <span className="break-words">{name}</span>}
      <span className="block text-xs text-slate-600">
        {record.subjectName ? `${type} · ` : ""}
        <span className="sr-only">{t("id")} </span>
        <code className="break-all">{record.subjectId}</code>
      </span>
    </span>
  );
}

function Details({ lines }: { lines: string[] }) {
  const t = useTranslations("moderation.audit");
  if (lines.length === 0) return <span className="text-slate-600">{t("noDetails")}</span>;
  return (
    <ul className="space-y-0.5">
      {lines.map((line, i) => (
        <li key={i} className="whitespace-pre-wrap break-words">
          {line}
        </li>
      ))}
    </ul>
  );
}

export function AuditTable({ records, caption }: { records: AuditRecord[]; caption: string }) {
  const t = useTranslations("moderation.audit");
  const columns = [t("columns.when"), t("columns.who"), t("columns.what"), t("columns.subject"), t("columns.details")];
  return (
    <DataTable caption={caption} columns={columns}>
      {records.map((r) => (
        <Row key={r.id}>
          <Cell className="whitespace-nowrap">
            <When date={r.at} withTime />
          </Cell>
          <Cell className="min-w-48 break-all">{r.actor}</Cell>
          <RowHeader className="font-normal">
            {isKnownAction(r.action) ? t(`actions.${r.action}`) : actionLabel(r.action)}
            <code className="block text-xs text-slate-600">{r.action}</code>
          </RowHeader>
          <Cell>
            <Subject record={r} />
          </Cell>
          <Cell>
            <Details lines={detailLines(r.details)} />
          </Cell>
        </Row>
      ))}
    </DataTable>
  );
}
