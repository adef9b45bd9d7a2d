import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { Link } from "@/lib/i18n/navigation";
import { listQueue, queueFilterSchema } from "@/lib/submissions/queue";
import { DecisionDone } from "@/components/moderation/decision-done";
import { EntryLookupForm } from "@/components/moderation/entry-lookup-form";
import { QueueFilters } from "@/components/moderation/queue-filters";
import { QueueTable } from "@/components/moderation/queue-table";
import { Section } from "@/components/ui/section";
import { listPendingEvidenceProposals } from "@/lib/evidence/proposal-lists";
import { EvidenceProposalTable } from "@/components/moderation/evidence-proposal-table";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("moderation.queue");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function ModerationQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const filter = queueFilterSchema.parse({
    kind: firstParam(params.kind),
    country: firstParam(params.country),
    minDays: firstParam(params.minDays),
  });
  const actor = await currentActor();
  const [items, evidence] = await Promise.all([listQueue(actor, filter), listPendingEvidenceProposals(actor)]);
  if (!items || !evidence) notFound();
  const filtered = filter.kind !== undefined || filter.country !== undefined || filter.minDays !== undefined;
  const now = new Date();
  const [t, te, ta] = await Promise.all([getTranslations("moderation.queue"), getTranslations("moderation.evidenceProposals.queue"), getTranslations("alliance.staff")]);
  const evidenceCaption = evidence.total > evidence.items.length ? te("captionSome", { shown: evidence.items.length, total: evidence.total }) : te("caption", { count: evidence.total });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <nav aria-label={t("nav")} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <a href="#evidence-proposals">{te("nav", { count: evidence.total })}</a>
          <Link href="/moderation/needs-checking">{t("needsChecking")}</Link>
          <Link href="/moderation/alliance">{ta("title")}</Link>
          <Link href="/moderation/imports">{t("imports")}</Link>
          <Link href="/moderation/audit">{t("audit")}</Link>
        </nav>
      </div>
      <DecisionDone done={firstParam(params.done)} entrySlug={firstParam(params.entry)} />
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <QueueFilters filter={filter} />
      {items.length > 0 ? (
        <QueueTable items={items} caption={filtered ? t("countFiltered", { count: items.length }) : t("count", { count: items.length })} now={now} />
      ) : (
        <EmptyState
          title={t("empty.title")}
          message={filtered ? t("empty.filtered") : t("empty.all")}
        >
          {filtered && (
            <p className="mt-2">
              <Link href="/moderation">{t("empty.showAll")}</Link>
            </p>
          )}
        </EmptyState>
      )}
      <Section id="evidence-proposals" title={te("heading")} intro={te("intro")} size="panel" className="border-t border-slate-200 pt-6">
        {evidence.total > 0 ? (
          <>
            <p className="mb-3 mt-3 font-semibold">{evidenceCaption}</p>
            <EvidenceProposalTable items={evidence.items} caption={evidenceCaption} />
          </>
        ) : (
          <p className="mt-3 text-slate-700">{te("empty")}</p>
        )}
      </Section>
      <Section id="lookup" title={t("lookup.heading")} size="panel" className="border-t border-slate-200 pt-6">
        <p className="mb-3 text-sm text-slate-700">{t("lookup.intro")}</p>
        <EntryLookupForm />
      </Section>
    </div>
  );
}
