import { useTranslations } from "next-intl";
import type { FieldChange } from "@/lib/submissions/fields";
import { Cell, DataTable, Row, RowHeader } from "@/components/ui/data-table";
import { StatusBadge } from "@/components/ui/status-badge";
import { FieldValue } from "./field-value";

/** <del> and <ins> let assistive technology name a change; their strike-through would make long text unreadable. */
function ValueCell({ change, side }: { change: FieldChange; side: "before" | "after" }) {
  const value = <FieldValue field={change.field} lines={change[side]} />;
  if (!change.changed) return value;
  return side === "before" ? <del className="no-underline">{value}</del> : <ins className="no-underline">{value}</ins>;
}

/** Before and after side by side; a change is named in words, the colour only repeats it. */
export function DiffTable({ caption, changes, beforeHeading, afterHeading }: { caption: string; changes: FieldChange[]; beforeHeading: string; afterHeading: string }) {
  const t = useTranslations("moderation");
  return (
    <DataTable caption={caption} hideCaption fixed columns={[{ label: t("diff.field"), className: "w-32 sm:w-44" }, beforeHeading, afterHeading]}>
      {changes.map((c) => (
        <Row key={c.key} className={c.changed ? "bg-amber-50" : "text-slate-600"}>
          <RowHeader className={`font-semibold ${c.changed ? "border-l-4 border-l-amber-700" : ""}`}>
            {t(`fields.${c.field}`)}
            {c.changed && (
              <>
                <br />
                <StatusBadge tone="warning" className="mt-1 uppercase tracking-wide">
                  {t("diff.changed")}
                </StatusBadge>
              </>
            )}
          </RowHeader>
          <Cell>
            <ValueCell change={c} side="before" />
          </Cell>
          <Cell>
            <ValueCell change={c} side="after" />
          </Cell>
        </Row>
      ))}
    </DataTable>
  );
}

/** The proposal against the published entry: changed fields first, the unchanged ones folded away. */
export function FieldDiff({
  changes,
  beforeHeading,
  afterHeading,
  version,
}: {
  changes: FieldChange[];
  beforeHeading?: string;
  afterHeading?: string;
  /** The published version that changes the fields, for the captions; without it, the proposal does. */
  version?: number;
}) {
  const t = useTranslations("moderation.diff");
  const before = beforeHeading ?? t("beforePublished");
  const after = afterHeading ?? t("afterProposal");
  const changed = changes.filter((c) => c.changed);
  const unchanged = changes.filter((c) => !c.changed);
  return (
    <div className="space-y-4">
      {changed.length > 0 ? (
        <DiffTable
          caption={version === undefined ? t("changedCaption") : t("changedCaptionVersion", { version })}
          changes={changed}
          beforeHeading={before}
          afterHeading={after}
        />
      ) : (
        <p className="text-slate-700">{t("nothingChanges")}</p>
      )}
      {unchanged.length > 0 && (
        <details className="rounded-md border border-slate-200 p-3">
          <summary className="cursor-pointer font-semibold">{t("unchanged", { count: unchanged.length })}</summary>
          <div className="mt-3">
            <DiffTable
              caption={version === undefined ? t("unchangedCaption") : t("unchangedCaptionVersion", { version })}
              changes={unchanged}
              beforeHeading={before}
              afterHeading={after}
            />
          </div>
        </details>
      )}
    </div>
  );
}
