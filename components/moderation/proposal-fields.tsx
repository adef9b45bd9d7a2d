import { useLocale, useTranslations } from "next-intl";
import { formatLanguage } from "@/lib/format/languages";
import type { FieldChange } from "@/lib/submissions/fields";
import { Cell, DataTable, Row, RowHeader } from "@/components/ui/data-table";
import { FieldValue } from "./field-value";

/** A new entry has nothing to compare with: its fields, the empty ones last. */
export function ProposalFields({ fields, heading }: { fields: FieldChange[]; heading?: string }) {
  const t = useTranslations("moderation");
  const locale = useLocale();
  const filled = fields.filter((f) => f.after.length > 0);
  const empty = fields.filter((f) => f.after.length === 0);
  return (
    <div>
      <DataTable caption={t("proposed.caption")} hideCaption fixed columns={[{ label: t("diff.field"), className: "w-32 sm:w-44" }, heading ?? t("proposed.heading")]}>
        {filled.map((f) => (
          <Row key={f.key}>
            <RowHeader className="font-semibold">{f.key === f.field ? t(`fields.${f.field}`) : t("fields.translationInto", { language: formatLanguage(f.key.split(".")[1] ?? "", locale) })}</RowHeader>
            <Cell>
              <FieldValue field={f.field} lines={f.after} />
            </Cell>
          </Row>
        ))}
      </DataTable>
      {empty.length > 0 && <p className="mt-3 text-sm text-slate-600">{t("proposed.leftEmpty", { fields: empty.map((f) => t(`fields.${f.field}`)).join(", ") })}</p>}
    </div>
  );
}
