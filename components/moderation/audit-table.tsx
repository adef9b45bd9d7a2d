import Link from "next/link";
import type { AuditRecord } from "@/lib/audit/audit";
import { Cell, DataTable, Row, RowHeader } from "@/components/ui/data-table";
import { When } from "@/components/ui/when";
import { actionLabel, detailLines, subjectHref } from "./audit-text";

const COLUMNS = ["When", "Who", "What", "Subject", "Details"];

function Subject({ record }: { record: AuditRecord }) {
  const href = subjectHref(record);
  const type = `${record.subjectType.charAt(0).toUpperCase()}${record.subjectType.slice(1)}`;
  const name = record.subjectName ?? `${type} ${record.subjectId.slice(0, 8)}`;
  return (
    <span title={record.subjectId} className="block">
      {href ? <Link href={href}>{name}</Link> : <span className="break-words">{name}</span>}
      <span className="block text-xs text-slate-600">
        {record.subjectName ? `${type} · ` : ""}
        <span className="sr-only">id </span>
        <code className="break-all">{record.subjectId}</code>
      </span>
    </span>
  );
}

function Details({ lines }: { lines: string[] }) {
  if (lines.length === 0) return <span className="text-slate-600">None</span>;
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
  return (
    <DataTable caption={caption} columns={COLUMNS}>
      {records.map((r) => (
        <Row key={r.id}>
          <Cell className="whitespace-nowrap">
            <When date={r.at} withTime />
          </Cell>
          <Cell className="min-w-48 break-all">{r.actor}</Cell>
          <RowHeader className="font-normal">
            {actionLabel(r.action)}
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
