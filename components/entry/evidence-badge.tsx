import { getTranslations } from "next-intl/server";
import type { EntryEvidence } from "@/lib/evidence/levels";
import { Link } from "@/lib/i18n/navigation";
import { When } from "@/components/ui/when";
import { EvidenceSteps } from "./evidence-steps";

// The moderators' evidence level on an entry page: the level's name, what it
// means by the rubric, their justification and the evidence; or that the
// entry has not been assessed yet. Three steps drawn beside the name show
// where it stands (the words say the same).

export async function EvidenceBadge({ evidence }: { evidence: EntryEvidence }) {
  const t = await getTranslations("evidence");
  return (
    <section aria-labelledby="evidence-badge-heading" className="mt-4 rounded-lg border border-slate-300 p-3">
      <h2 id="evidence-badge-heading" className="text-xs font-semibold uppercase tracking-wide text-slate-600">
        {t("badge.label")}
      </h2>
      <p className="mt-1 flex items-center gap-2 font-semibold">
        <EvidenceSteps level={evidence?.level ?? null} />
        {evidence ? t(`levels.${evidence.level}.name`) : t("badge.notAssessed")}
      </p>
      {evidence && (
        <>
          <p className="mt-1 text-sm text-slate-700">{t(`levels.${evidence.level}.rule`)}</p>
          <p className="mt-2 whitespace-pre-wrap break-words text-sm">{evidence.justification}</p>
          {evidence.evidenceUrl && (
            <p className="mt-1 text-sm">
              <a href={evidence.evidenceUrl} rel="noopener nofollow">
                {t("badge.evidence")}
              </a>
            </p>
          )}
          <p className="mt-1 text-xs text-slate-600">{t.rich("badge.assessedOn", { date: () => <When date={evidence.assessedAt} /> })}</p>
        </>
      )}
      <p className="mt-2 text-sm">
        <Link href="/about/evidence">{t("badge.rubric")}</Link>
      </p>
    </section>
  );
}
