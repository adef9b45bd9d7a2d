import { useTranslations } from "next-intl";
import type { FieldChange } from "@/lib/submissions/fields";
import { StatusBadge } from "@/components/ui/status-badge";
import { Section } from "@/components/ui/section";

type Props = {
  /** Every field, compared with the published entry (for edits) or with nothing (new entries). */
  fields: FieldChange[];
  isEdit: boolean;
  /** The description as sanitised HTML, from the Markdown renderer. */
  descriptionHtml: string;
};

export function ProposalContent({ fields, isEdit, descriptionHtml }: Props) {
  const t = useTranslations("contributions.content");
  const field = useTranslations("editor.fields");
  const shown = fields.filter((f) => f.after.length > 0 || f.changed);
  return (
    <Section id="content" title={t("title")} size="panel">
      {isEdit && <p className="mt-1 text-sm text-slate-700">{t("changedNote")}</p>}
      <dl className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200">
        {shown.map((f) => (
          <div key={f.key} className="grid gap-1 p-3 sm:grid-cols-[12rem_minmax(0,1fr)]">
            <dt className="font-semibold">
              {field(f.field)}
              {isEdit && f.changed && (
                <StatusBadge tone="warning" className="ml-2">
                  {t("changed")}
                </StatusBadge>
              )}
            </dt>
            <dd className="min-w-0 wrap-anywhere">
              {f.field === "description" && f.after.length > 0 ? (
                <div className="prose-entry" dangerouslySetInnerHTML={{ __html: descriptionHtml }} />
              ) : f.after.length === 0 ? (
                <span className="text-slate-600">{t("removed")}</span>
              ) : f.after.length === 1 ? (
                <span className="whitespace-pre-wrap">{f.after[0]}</span>
              ) : (
                <ul className="list-disc pl-5">
                  {f.after.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
