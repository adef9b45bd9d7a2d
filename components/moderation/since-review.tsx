import { useTranslations } from "next-intl";
import type { FieldChange } from "@/lib/submissions/fields";
import { Section } from "@/components/ui/section";
import { DiffTable } from "./field-diff";

/** On a resubmission: what the organisation changed after the last review. */
export function SinceReview({ changes }: { changes: FieldChange[] }) {
  const t = useTranslations("moderation.sinceReview");
  return (
    <Section id="since-review" title={t("heading")} size="panel" className="rounded-lg border-2 border-amber-700 p-4">
      {changes.length === 0 ? (
        <p className="mt-2 text-slate-700">{t("nothing")}</p>
      ) : (
        <>
          <p className="mb-3 mt-1 text-sm text-slate-700">
            {t("count", { count: changes.length })}
          </p>
          <DiffTable
            caption={t("caption")}
            changes={changes}
            beforeHeading={t("before")}
            afterHeading={t("after")}
          />
        </>
      )}
    </Section>
  );
}
