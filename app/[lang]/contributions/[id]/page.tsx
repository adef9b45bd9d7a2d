import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import { renderMarkdown } from "@/lib/catalogue/markdown";
import type { SearchParams } from "@/lib/http/search-params";
import { Link } from "@/lib/i18n/navigation";
import { findLikelyDuplicates } from "@/lib/submissions/duplicates";
import { diffContent } from "@/lib/submissions/fields";
import { getProposal, type ProposalView } from "@/lib/submissions/views";
import { deleteDraftAction, previewDescriptionAction, saveProposalAction } from "../actions";
import { DeleteDraftForm } from "@/components/contributions/delete-draft-form";
import { DoneMessage } from "@/components/contributions/done-message";
import { LikelyDuplicates } from "@/components/ui/likely-duplicates";
import { ProposalContent } from "@/components/contributions/proposal-content";
import { ProposalHeading } from "@/components/contributions/proposal-heading";
import { ReviewHistory } from "@/components/ui/review-history";
import { EntryEditor } from "@/components/editor/entry-editor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("contributions.proposal");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ id: string }>; searchParams: SearchParams };

/** The moderator's per-field comments still to act on: those of a request for changes. */
function openNotes(proposal: ProposalView): Record<string, string> {
  const latest = proposal.reviews.at(-1);
  return proposal.state === "changes_requested" && latest?.decision === "request_changes" ? latest.fieldComments : {};
}

async function duplicatesOf(proposal: ProposalView) {
  // Edits change an entry that is already in the catalogue; only new entries can duplicate one.
  if (proposal.published || !proposal.canEdit) return [];
  return findLikelyDuplicates({
    title: proposal.content.title,
    organisationId: proposal.organisation.id,
    countries: proposal.content.countries ?? [],
    excludeEntryId: null,
  });
}

export default async function ProposalPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireActor(`/contributions/${id}`);
  const proposal = await getProposal(actor, id);
  if (!proposal) notFound();
  const [duplicates, query, t] = await Promise.all([duplicatesOf(proposal), searchParams, getTranslations("contributions.proposal")]);
  const done = typeof query.done === "string" ? query.done : undefined;

  return (
    <div className="space-y-8">
      <ProposalHeading proposal={proposal} />
      <DoneMessage done={done} />
      <ReviewHistory reviews={proposal.reviews} heading={t("reviews")} latestApart />
      {proposal.canEdit ? (
        <>
          {/* Before submitting, so nobody proposes what the catalogue already has. */}
          <LikelyDuplicates
            duplicates={duplicates}
            heading={t("duplicatesHeading")}
            intro={t("duplicatesIntro")}
            warn
          />
          <EntryEditor
            key={proposal.version}
            proposalId={proposal.id}
            version={proposal.version}
            initial={proposal.content}
            notes={openNotes(proposal)}
            resubmission={proposal.state === "changes_requested"}
            action={saveProposalAction}
            preview={previewDescriptionAction}
          />
          {proposal.state === "draft" && <DeleteDraftForm action={deleteDraftAction} proposalId={proposal.id} version={proposal.version} />}
        </>
      ) : (
        <>
          {proposal.canModerate && (
            <p>
              <Link href={`/moderation/${proposal.id}`}>{t("review")}</Link>
            </p>
          )}
          <ProposalContent
            fields={diffContent(proposal.published?.content ?? null, proposal.content)}
            isEdit={proposal.published !== null}
            descriptionHtml={renderMarkdown(proposal.content.description ?? "")}
          />
        </>
      )}
    </div>
  );
}
