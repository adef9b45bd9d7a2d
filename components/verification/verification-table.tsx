import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { entryPath } from "@/lib/catalogue/paths";
import { Link } from "@/lib/i18n/navigation";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import type { VerificationItem } from "@/lib/verification/lists";
import { Cell, DataTable, Row, RowHeader } from "@/components/ui/data-table";
import { StatusBadge } from "@/components/ui/status-badge";
import { When } from "@/components/ui/when";

type Props = {
  items: VerificationItem[];
  /** Names the table for assistive technology; the page says the same above it, where a narrow screen shows it whole. */
  caption: string;
  /** The organisation column, for lists of many organisations' entries. */
  showOrganisation?: boolean;
  /** A last column with what can be done for each entry ("Still accurate"). */
  action?: { label: string; render: (item: VerificationItem) => ReactNode };
};

/** Entries with when they were last verified and last updated, each title a link to its page. */
export function VerificationTable({ items, caption, showOrganisation = false, action }: Props) {
  const t = useTranslations("verificationTable");
  const locale = useLocale();
  // The dates come right after the title, so a phone shows them before the table scrolls.
  const columns = [
    t("entry"),
    t("lastVerified"),
    t("lastUpdated"),
    ...(action ? [action.label] : []),
    t("kind"),
    ...(showOrganisation ? [t("organisation")] : []),
  ];
  return (
    <DataTable caption={caption} hideCaption columns={columns}>
      {items.map((item) => (
        <Row key={item.slug}>
          <RowHeader className="min-w-48 font-semibold wrap-anywhere">
            <Link href={entryPath(item.slug)}>{item.title}</Link>
            {/* Its yearly reminder reaches nobody, so only staff can confirm it (ADR 016); by the title, where a phone shows it. */}
            {showOrganisation && item.noOneToRemind && (
              <span className="mt-1 block font-normal">
                <StatusBadge tone="warning" icon="alert">
                  {t("noOneToRemind")}
                </StatusBadge>
              </span>
            )}
          </RowHeader>
          <Cell className="whitespace-nowrap">{item.lastVerifiedAt ? <When date={item.lastVerifiedAt} /> : t("never")}</Cell>
          <Cell className="whitespace-nowrap">
            <When date={item.updatedAt} />
          </Cell>
          {action && <Cell className="min-w-40">{action.render(item)}</Cell>}
          <Cell>{vocabularyLabel("kind", item.kind, locale)}</Cell>
          {showOrganisation && <Cell className="min-w-40">{item.organisation ?? t("noOrganisation")}</Cell>}
        </Row>
      ))}
    </DataTable>
  );
}
