import { useTranslations } from "next-intl";
import type { PendingEvidenceProposal } from "@/lib/evidence/proposal-lists";
import { Link } from "@/lib/i18n/navigation";
import { Cell, DataTable, Row, RowHeader } from "@/components/ui/data-table";
import { When } from "@/components/ui/when";

/** Pending proposed evidence in the moderation queue, each entry a link to where it is decided. */
export function EvidenceProposalTable({ items, caption }: { items: PendingEvidenceProposal[]; caption: string }) {
  const t = useTranslations("moderation.evidenceProposals");
  const tLevels = useTranslations("evidence.levels");
  return (
    <DataTable caption={caption} hideCaption columns={[t("queue.entry"), t("queue.level"), t("queue.since"), t("queue.proposedBy")]}>
      {items.map((item) => (
        <Row key={item.id}>
          <RowHeader className="min-w-48 font-semibold wrap-anywhere">
            <Link href={`/moderation/entries/${encodeURIComponent(item.entry.slug)}#evidence-proposals`}>{item.entry.title}</Link>
          </RowHeader>
          <Cell>{tLevels(`${item.level}.name`)}</Cell>
          <Cell className="whitespace-nowrap">
            <When date={item.createdAt} />
          </Cell>
          <Cell className="min-w-40 wrap-anywhere">{item.proposer ? (item.proposer.name ?? item.proposer.email) : t("deletedAccount")}</Cell>
        </Row>
      ))}
    </DataTable>
  );
}
