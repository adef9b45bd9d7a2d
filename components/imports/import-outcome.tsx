import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { ImportView } from "@/lib/imports/views";
import { StatusMessage } from "@/components/forms/status-message";
import { Section } from "@/components/ui/section";

const SHOWN = 50;

/** What a finished run created, with the ways to look at it. */
export function ImportOutcome({ view }: { view: ImportView }) {
  const t = useTranslations("imports.outcome");
  const outcome = view.report.outcome;
  const imported = outcome?.imported ?? view.processedRows;
  const skipped = outcome?.skipped ?? 0;
  const entries = outcome?.entries ?? [];
  return (
    <Section id="outcome" title={t("title")} size="panel" className="space-y-3">
      <StatusMessage>
        {view.mode === "publish" ? t("published", { count: imported }) : t("proposed", { count: imported })} {skipped > 0 && t("skipped", { count: skipped })}
      </StatusMessage>
      {view.mode === "publish" && entries.length > 0 && (
        <>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {entries.slice(0, SHOWN).map((e) => (
              <li key={e.slug}>
                <Link href={`/entries/${e.slug}`}>{e.title}</Link>
              </li>
            ))}
          </ul>
          {entries.length > SHOWN && <p className="text-sm text-slate-700">{t("more", { count: entries.length - SHOWN })}</p>}
        </>
      )}
      <ul className="flex flex-wrap gap-4 text-sm">
        {view.mode === "proposals" && (
          <li>
            <Link href="/moderation">{t("queue")}</Link>
          </li>
        )}
        <li>
          <Link href="/moderation/audit">{t("audit")}</Link>
        </li>
        <li>
          <Link href="/moderation/imports">{t("another")}</Link>
        </li>
      </ul>
    </Section>
  );
}
