import { getTranslations } from "next-intl/server";
import type { OwnEvidenceProposal } from "@/lib/evidence/proposal-lists";
import { When } from "@/components/ui/when";

/** The reader's own proposed evidence that a moderator has yet to decide on, in place of the form. */
export async function EvidenceProposalWaiting({ proposal }: { proposal: OwnEvidenceProposal }) {
  const [t, tLevels] = await Promise.all([getTranslations("evidenceProposal"), getTranslations("evidence.levels")]);
  return (
    <div className="space-y-1 text-sm">
      <p>{t.rich("waiting", { level: tLevels(`${proposal.level}.name`), date: () => <When date={proposal.createdAt} /> })}</p>
      <p>
        <a href={proposal.url} rel="noopener nofollow" className="break-all">
          {t("yourLink")}
        </a>
      </p>
    </div>
  );
}
