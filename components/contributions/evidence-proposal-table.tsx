import { useTranslations } from "next-intl";
import type { OwnEvidenceProposal } from "@/lib/evidence/proposal-lists";
import { entryPath } from "@/lib/catalogue/paths";
import { Link } from "@/lib/i18n/navigation";
import { Cell, DataTable, Row, RowHeader } from "@/components/ui/data-table";
import { When } from "@/components/ui/when";

/** A member's own proposed evidence with each decision and, when declined, the moderator's reason. */
export function EvidenceProposalTable({ items, caption }: { items: OwnEvidenceProposal[]; caption: string }) {
  const t = useTranslations("contributions.evidence");
  const tLevels = useTranslations("evidence.levels");
  return (
    <DataTable caption={caption} hideCaption columns={[t("entry"), t("state"), t("level"), t("proposed"), t("link")]}>
      {items.map((item) => (
        <Row key={item.id}>
          <RowHeader className="min-w-48 font-semibold wrap-anywhere">
            <Link href={entryPath(item.entry.slug)}>{item.entry.title}</Link>
          </RowHeader>
          <Cell className="min-w-48">
            <span className="font-semibold">{t(`states.${item.state}`)}</span>
            {item.decidedAt && <> {t.rich("decidedOn", { date: () => <When date={item.decidedAt ?? item.createdAt} /> })}</>}
            {item.decisionReason && <p className="mt-1 whitespace-pre-wrap wrap-anywhere">{t("reason", { reason: item.decisionReason })}</p>}
          </Cell>
          <Cell>{tLevels(`${item.level}.name`)}</Cell>
          <Cell className="whitespace-nowrap">
            <When date={item.createdAt} />
          </Cell>
          <Cell>
            <a href={item.url} rel="noopener nofollow">
              {t("open")}
              <span className="sr-only">: {item.entry.title}</span>
            </a>
          </Cell>
        </Row>
      ))}
    </DataTable>
  );
}
