import { useLocale, useTranslations } from "next-intl";
import type { ContactLogRow } from "@/lib/contact/log";
import { formatNumber } from "@/lib/format/numbers";
import { Cell, DataTable, Row, RowHeader } from "@/components/ui/data-table";
import { When } from "@/components/ui/when";

/** An entry's contact log for moderators: when, what became of each message, who (as keyed hashes) and how long; never what it said. */
export function ContactLogTable({ rows }: { rows: ContactLogRow[] }) {
  const t = useTranslations("moderation.contact.log");
  const locale = useLocale();
  const columns = [t("when"), t("outcome"), t("sender"), t("client"), t("size")];
  // The heading names the table: a caption inside the scroll box would be cut on a phone.
  return (
    <div>
      <h3 className="mb-2 font-semibold">{t("caption")}</h3>
      <DataTable caption={t("caption")} hideCaption columns={columns}>
      {rows.map((r) => (
        <Row key={r.id}>
          <Cell className="whitespace-nowrap">
            <When date={r.at} withTime />
          </Cell>
          <RowHeader className="font-normal">{t(`outcomes.${r.outcome}`)}</RowHeader>
          <Cell>
            <code>{r.sender}</code>
          </Cell>
          <Cell>
            <code>{r.client}</code>
          </Cell>
          <Cell className="whitespace-nowrap">{t("bytes", { size: formatNumber(r.size, locale) })}</Cell>
        </Row>
      ))}
      </DataTable>
    </div>
  );
}
