import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isStaff } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { findLikelyDuplicates } from "@/lib/submissions/duplicates";
import { diffContent } from "@/lib/submissions/fields";
import { getProposal } from "@/lib/submissions/views";
import { DecidedNotice } from "@/components/moderation/decided-notice";
import { DecisionForm } from "@/components/moderation/decision-form";
import { Section } from "@/components/ui/section";
import { reviewProposalAction } from "../actions";
import { FieldDiff } from "@/components/moderation/field-diff";
import { LikelyDuplicates } from "@/components/ui/likely-duplicates";
import { ProposalFields } from "@/components/moderation/proposal-fields";
import { ProposalHeader } from "@/components/moderation/proposal-header";
import { ReviewHistory } from "@/components/ui/review-history";
import { SinceReview } from "@/components/moderation/since-review";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("moderation.review");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await currentActor();
  // Organisation members may read their own proposals through getProposal, but not here.
  if (!isStaff(actor)) notFound();
  const proposal = await getProposal(actor, id);
  if (!proposal) notFound();

  const t = await getTranslations("moderation");
  const { published, content } = proposal;
  const changes = diffContent(published?.content ?? null, content);
  const duplicates =
    published === null && proposal.canModerate
      ? await findLikelyDuplicates({ title: proposal.title, organisationId: proposal.organisation.id, countries: content.countries ?? [], excludeEntryId: null })
      : null;

  return (
    <div className="space-y-8">
      <ProposalHeader proposal={proposal} />
      {proposal.canModerate && proposal.sinceReview && <SinceReview changes={proposal.sinceReview} />}
      <Section id="fields" title={published ? t("review.compared") : t("review.proposed")} size="panel" className="space-y-3">
        {published ? <FieldDiff changes={changes} /> : <ProposalFields fields={changes} />}
      </Section>
      {duplicates && (
        <LikelyDuplicates
          duplicates={duplicates}
          heading={t("review.duplicates.heading")}
          intro={t("review.duplicates.intro")}
          whenNone={t("review.duplicates.none")}
        />
      )}
      <ReviewHistory reviews={proposal.reviews} heading={t("review.earlier")} />
      {proposal.canModerate ? (
        <Section id="decision" title={t("review.decide")} size="panel" className="rounded-lg border border-slate-300 p-4 space-y-3">
          <DecisionForm
            action={reviewProposalAction}
            proposalId={proposal.id}
            expectedVersion={proposal.version}
            fields={changes.map((c) => ({ field: c.field, label: t(`fields.${c.field}`), changed: published !== null && c.changed }))}
          />
        </Section>
      ) : (
        <DecidedNotice proposal={proposal} />
      )}
    </div>
  );
}
