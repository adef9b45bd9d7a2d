import { useTranslations } from "next-intl";
import type { ProposalState } from "@/lib/submissions/schema";
import type { ProposalView } from "@/lib/submissions/views";
import { When } from "@/components/ui/when";
import { Section } from "@/components/ui/section";
import { Link } from "@/lib/i18n/navigation";

// Why there is no form, by state; a proposal that waits is only decided by moderators.
const WHY_NO_FORM: Record<ProposalState, "draft" | "changesRequested" | "approved" | "rejected" | "onlyModerators"> = {
  draft: "draft",
  changes_requested: "changesRequested",
  approved: "approved",
  rejected: "rejected",
  submitted: "onlyModerators",
  resubmitted: "onlyModerators",
};

/** Shown instead of the decision form when the proposal does not wait for review. */
export function DecidedNotice({ proposal }: { proposal: ProposalView }) {
  const t = useTranslations("moderation.decided");
  const last = proposal.reviews.at(-1);
  return (
    <Section id="decision" title={t("heading")} size="panel" className="rounded-lg border border-slate-300 bg-slate-50 p-4">
      <p className="mt-1">{t(`why.${WHY_NO_FORM[proposal.state]}`)}</p>
      {last && (proposal.state === "approved" || proposal.state === "rejected" || proposal.state === "changes_requested") && (
        <p className="mt-1 text-sm text-slate-700">
          {t.rich("decidedBy", { moderator: last.moderator, when: () => <When date={last.createdAt} withTime /> })}
        </p>
      )}
      {proposal.state === "approved" && proposal.published && !proposal.published.archived && (
        <p className="mt-1 text-sm">
          <Link href={`/entries/${proposal.published.slug}`}>{t("seePublished")}</Link>
        </p>
      )}
      <p className="mt-3 text-sm">
        <Link href="/moderation">{t("backToQueue")}</Link>
      </p>
    </Section>
  );
}
