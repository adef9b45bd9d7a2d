import Link from "next/link";
import { labelOf } from "@/lib/catalogue/vocabularies";
import type { QueueItem } from "@/lib/submissions/queue";
import { waitedFor } from "@/lib/submissions/waiting";
import { Cell, DataTable, Row, RowHeader } from "@/components/ui/data-table";
import { StateBadge } from "@/components/ui/proposal-state-badge";
import { When } from "@/components/ui/when";

const COLUMNS = ["Title", "Kind", "Countries", "Organisation", "New or edit", "State", "Waiting for"];

export function QueueTable({ items, caption, now }: { items: QueueItem[]; caption: string; now: Date }) {
  return (
    <DataTable caption={caption} columns={COLUMNS}>
      {items.map((item) => (
        <Row key={item.id}>
          <RowHeader className="min-w-48 font-semibold wrap-anywhere">
            <Link href={`/moderation/${item.id}`}>{item.title}</Link>
          </RowHeader>
          <Cell>{labelOf("kind", item.kind)}</Cell>
          <Cell>{item.countries.length > 0 ? item.countries.map((c) => labelOf("country", c)).join(", ") : "None given"}</Cell>
          <Cell className="min-w-48">{item.organisation}</Cell>
          <Cell>{item.isEdit ? "Edit of a published entry" : "New entry"}</Cell>
          <Cell>
            <StateBadge state={item.state} />
          </Cell>
          <Cell>
            {waitedFor(item.submittedAt, now)}
            <span className="block text-xs text-slate-600">
              since <When date={item.submittedAt} />
            </span>
          </Cell>
        </Row>
      ))}
    </DataTable>
  );
}
