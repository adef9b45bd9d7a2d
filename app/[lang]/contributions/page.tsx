import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import type { SearchParams } from "@/lib/http/search-params";
import { Link } from "@/lib/i18n/navigation";
import { organisationsByIds } from "@/lib/organisations/directory";
import { listContributions } from "@/lib/submissions/views";
import { ContributionsTable } from "@/components/contributions/contributions-table";
import { DoneMessage } from "@/components/contributions/done-message";
import { NoOrganisation } from "@/components/contributions/no-organisation";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { listOwnEntriesToConfirm } from "@/lib/verification/lists";
import { FLAG_AFTER_MONTHS } from "@/lib/verification/freshness";
import { ConfirmAccurateForm } from "@/components/verification/confirm-accurate-form";
import { VerificationTable } from "@/components/verification/verification-table";
import { confirmAccurateAction } from "../entries/[slug]/actions";
import { listOwnEvidenceProposals } from "@/lib/evidence/proposal-lists";
import { EvidenceProposalTable } from "@/components/contributions/evidence-proposal-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("contributions.list");
  return { title: t("title"), robots: { index: false, follow: false } };
}

type Props = { searchParams: SearchParams };

export default async function ContributionsPage({ searchParams }: Props) {
  const actor = await requireActor("/contributions");
  const [organisations, items, own, evidence, params, t, tv, te] = await Promise.all([
    organisationsByIds(actor.organisationIds),
    listContributions(actor),
    listOwnEntriesToConfirm(actor),
    listOwnEvidenceProposals(actor),
    searchParams,
    getTranslations("contributions.list"),
    getTranslations("contributions.verification"),
    getTranslations("contributions.evidence"),
  ]);
  const ownCaption = own.total > own.items.length ? tv("captionSome", { shown: own.items.length, total: own.total }) : tv("caption", { count: own.total });
  const evidenceCaption = evidence.total > evidence.items.length ? te("captionSome", { shown: evidence.items.length, total: evidence.total }) : te("caption", { count: evidence.total });
  const done = typeof params.done === "string" ? params.done : undefined;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {organisations.length > 0 && (
          <Link href="/contributions/new" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800">
            {t("newEntry")}
          </Link>
        )}
      </div>
      <DoneMessage done={done} />
      {organisations.length === 0 ? (
        <NoOrganisation />
      ) : (
        <p className="max-w-3xl text-slate-700">{t("intro", { organisations: organisations.map((o) => o.name).join(", ") })}</p>
      )}
      {items.length > 0 ? (
        <ContributionsTable items={items} />
      ) : (
        organisations.length > 0 && (
          <EmptyState
            title={t("emptyTitle")}
            message={t.rich("emptyMessage", { link: (chunks) => <Link href="/contributions/new">{chunks}</Link> })}
          />
        )
      )}
      {own.total > 0 && (
        <Section id="verification" title={tv("heading")} intro={tv("intro", { months: FLAG_AFTER_MONTHS })} size="panel" className="border-t border-slate-200 pt-6">
          <p className="mt-3 mb-3 font-semibold">{ownCaption}</p>
          <VerificationTable
            items={own.items}
            caption={ownCaption}
            action={{
              label: tv("action"),
              render: (item) => (
                <ConfirmAccurateForm action={confirmAccurateAction} slug={item.slug} subject={item.title} labels={{ submit: tv("confirm"), pending: tv("confirming") }} />
              ),
            }}
          />
        </Section>
      )}
      {evidence.total > 0 && (
        <Section id="evidence-proposals" title={te("heading")} intro={te("intro")} size="panel" className="border-t border-slate-200 pt-6">
          <p className="mt-3 mb-3 font-semibold">{evidenceCaption}</p>
          <EvidenceProposalTable items={evidence.items} caption={evidenceCaption} />
        </Section>
      )}
    </div>
  );
}
