import { useLocale, useTranslations } from "next-intl";
import type { QueueItem } from "@/lib/submissions/queue";
import { waitedSpan } from "@/lib/submissions/waiting";
import { Link } from "@/lib/i18n/navigation";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { Cell, DataTable, Row, RowHeader } from "@/components/ui/data-table";
import { StateBadge } from "@/components/ui/proposal-state-badge";
import { When } from "@/components/ui/when";

export function QueueTable({ items, caption, now }: { items: QueueItem[]; caption: string; now: Date }) {
  const t = useTranslations("moderation.queue");
  const locale = useLocale();
  const columns = [t("columns.title"), t("columns.kind"), t("columns.countries"), t("columns.organisation"), t("columns.newOrEdit"), t("columns.state"), t("columns.waiting")];
  const waited = (since: Date) => {
    const { unit, count } = waitedSpan(since, now);
    return t(`waited.${unit}`, { count });
  };
  return (
    <DataTable caption={caption} columns={columns}>
      {items.map((item) => (
        <Row key={item.id}>
          <RowHeader className="min-w-48 font-semibold wrap-anywhere">
            <Link href={`/moderation/${item.id}`}>{item.title}</Link>
          </RowHeader>
          <Cell>{vocabularyLabel("kind", item.kind, locale)}</Cell>
          <Cell>{item.countries.length > 0 ? item.countries.map((c) => vocabularyLabel("country", c, locale)).join(", ") : t("noCountries")}</Cell>
          <Cell className="min-w-48">{item.organisation}</Cell>
          <Cell>{item.isEdit ? t("edit") : t("new")}</Cell>
          <Cell>
            <StateBadge state={item.state} />
          </Cell>
          <Cell>
            {waited(item.submittedAt)}
            <span className="block text-xs text-slate-600">{t.rich("since", { date: () => <When date={item.submittedAt} /> })}</span>
          </Cell>
        </Row>
      ))}
    </DataTable>
  );
}
