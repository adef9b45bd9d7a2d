import Link from "next/link";
import type { VersionView } from "@/lib/submissions/history";
import { Cell, DataTable, Row, RowHeader } from "@/components/ui/data-table";
import { When } from "@/components/ui/when";

const COLUMNS = ["Version", "Approved by", "Published", "Proposal"];

export function VersionTable({ slug, versions }: { slug: string; versions: VersionView[] }) {
  if (versions.length === 0) {
    return <p className="text-slate-700">This entry is as it was imported into the catalogue: no change to it has been approved yet.</p>;
  }
  return (
    <DataTable caption="Published versions, newest first" columns={COLUMNS}>
      {versions.map((v) => (
        <Row key={v.version}>
          <RowHeader>
            <Link href={`/moderation/entries/${slug}/versions/${v.version}`} aria-label={`Version ${v.version}: what it changed`}>
              {v.version}
            </Link>
          </RowHeader>
          <Cell className="break-all">{v.approvedBy}</Cell>
          <Cell>
            <When date={v.createdAt} withTime />
          </Cell>
          <Cell>
            {v.proposalId ? <Link href={`/moderation/${v.proposalId}`}>Review of version {v.version}</Link> : <span className="text-slate-600">None (imported)</span>}
          </Cell>
        </Row>
      ))}
    </DataTable>
  );
}
