import Link from "next/link";
import { labelOf } from "@/lib/catalogue/vocabularies";
import type { ProposalSummary } from "@/lib/submissions/views";
import { Cell, DataTable, Row } from "@/components/ui/data-table";
import { StateBadge } from "@/components/ui/proposal-state-badge";
import { When } from "@/components/ui/when";

const COLUMNS = ["Proposal", "State", "Organisation", "Moderator’s last comment", "Last change"];

const COMMENT_LENGTH = 160;

function shorten(text: string): string {
  return text.length > COMMENT_LENGTH ? `${text.slice(0, COMMENT_LENGTH - 1).trimEnd()}…` : text;
}

export function ContributionsTable({ items }: { items: ProposalSummary[] }) {
  return (
    <DataTable caption="Your organisations’ proposals, the most recently changed first" hideCaption columns={COLUMNS}>
      {items.map((p) => (
        <Row key={p.id}>
          <Cell>
            <Link href={`/contributions/${p.id}`} className="font-semibold">
              {p.title}
            </Link>
            <p className="text-slate-600">
              {labelOf("kind", p.kind)} · {p.isEdit ? "changes to a published entry" : "new entry"} · started by {p.author}
            </p>
          </Cell>
          <Cell>
            <StateBadge state={p.state} />
          </Cell>
          <Cell>{p.organisation}</Cell>
          <Cell className="text-slate-700">{p.lastComment ? shorten(p.lastComment) : <span className="text-slate-600">None</span>}</Cell>
          <Cell className="whitespace-nowrap">
            <When date={p.updatedAt} />
          </Cell>
        </Row>
      ))}
    </DataTable>
  );
}
