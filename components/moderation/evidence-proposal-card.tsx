import { useTranslations } from "next-intl";
import type { PendingEvidenceProposal } from "@/lib/evidence/proposal-lists";
import type { FormAction } from "@/lib/forms/action-state";
import { When } from "@/components/ui/when";
import { EvidenceProposalForms } from "./evidence-proposal-forms";

type Props = {
  proposal: PendingEvidenceProposal;
  levels: { value: string; name: string }[];
  accept: FormAction;
  decline: FormAction;
};

/** One member's proposed evidence on an entry's moderation page: who, when, what, and the two answers. */
export function EvidenceProposalCard({ proposal, levels, accept, decline }: Props) {
  const t = useTranslations("moderation.evidenceProposals");
  const proposer = proposal.proposer;
  const name = proposer ? (proposer.name ? `${proposer.name} (${proposer.email})` : proposer.email) : t("deletedAccount");
  const level = levels.find((l) => l.value === proposal.level)?.name ?? proposal.level;
  return (
    <article aria-labelledby={`proposal-${proposal.id}-heading`} className="space-y-4 rounded-md border border-slate-300 bg-slate-50 p-3 sm:p-4">
      <div className="space-y-1">
        <h3 id={`proposal-${proposal.id}-heading`} className="font-semibold wrap-anywhere">
          {t.rich("proposedBy", { name, date: () => <When date={proposal.createdAt} /> })}
        </h3>
        <p>{t("proposedLevel", { level })}</p>
        <p className="wrap-anywhere">
          {t("evidence")}{" "}
          <a href={proposal.url} rel="noopener nofollow">
            {proposal.url}
          </a>
        </p>
        <p className="font-semibold">{t("note")}</p>
        <p className="whitespace-pre-wrap wrap-anywhere">{proposal.note}</p>
      </div>
      <EvidenceProposalForms accept={accept} decline={decline} proposal={{ id: proposal.id, level: proposal.level, note: proposal.note }} levels={levels} />
    </article>
  );
}
