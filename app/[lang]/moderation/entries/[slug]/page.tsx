import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { listAudit } from "@/lib/audit/audit";
import { isStaff } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { entryPath } from "@/lib/catalogue/paths";
import { slugSchema } from "@/lib/catalogue/schema";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { Link } from "@/lib/i18n/navigation";
import { getEntryHistory } from "@/lib/submissions/history";
import { ArchiveForm } from "@/components/moderation/archive-form";
import { RestoreForm } from "@/components/moderation/restore-form";
import { Section } from "@/components/ui/section";
import { acceptEvidenceProposalAction, archiveEntryAction, assessEvidenceAction, declineEvidenceProposalAction, restoreEntryAction, setEntryContactAction } from "../../actions";
import { listEntryEvidenceProposals } from "@/lib/evidence/proposal-lists";
import { EvidenceProposalCard } from "@/components/moderation/evidence-proposal-card";
import { entryContactPanel } from "@/lib/contact/moderation";
import { ContactSection } from "@/components/moderation/contact-section";
import { EvidenceForm } from "@/components/moderation/evidence-form";
import { EVIDENCE_LEVELS } from "@/lib/evidence/levels";
import { AuditTable } from "@/components/moderation/audit-table";
import { EntryLookupForm } from "@/components/moderation/entry-lookup-form";
import { StatusMessage } from "@/components/forms/status-message";
import { VersionTable } from "@/components/moderation/version-table";
import { When } from "@/components/ui/when";
import { ModerationBreadcrumb } from "@/components/moderation/moderation-breadcrumb";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("moderation.history");
  return { title: t("title"), robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ slug: string }>; searchParams: SearchParams };

export default async function EntryHistoryPage({ params, searchParams }: Props) {
  const actor = await currentActor();
  if (!isStaff(actor)) notFound();
  const { slug } = await params;
  const [t, tEntry, tEvidence, tProposals, tLevels, tContact] = await Promise.all([
    getTranslations("moderation.history"),
    getTranslations("entry"),
    getTranslations("moderation.evidence"),
    getTranslations("moderation.evidenceProposals"),
    getTranslations("evidence.levels"),
    getTranslations("moderation.contact"),
  ]);
  const parsed = slugSchema.safeParse(slug);
  const history = parsed.success ? await getEntryHistory(actor, parsed.data) : null;
  if (!history) {
    return (
      <div className="max-w-2xl space-y-4">
        <h1 className="text-2xl font-bold">{t("notFound")}</h1>
        <p className="text-slate-700">{t("checkAddress")}</p>
        <EntryLookupForm defaultValue={slug} />
      </div>
    );
  }
  const [events, proposals, contact] = await Promise.all([
    listAudit(actor, { subjectType: "entry", subjectIds: [history.id] }).then((found) => found ?? []),
    listEntryEvidenceProposals(actor, history.slug),
    entryContactPanel(actor, history.slug),
  ]);
  const levels = EVIDENCE_LEVELS.map((level) => ({ value: level, name: tLevels(`${level}.name`) }));
  const done = firstParam((await searchParams).done);
  const archived = history.archived;
  const successor = archived?.successor ?? null;
  const evidence = history.evidence;

  return (
    <div className="space-y-8">
      <header>
        <ModerationBreadcrumb current={t("title")} />
        <h1 className="mt-3 text-2xl font-bold leading-tight">{t("heading", { title: history.title })}</h1>
        <p className="mt-2 text-sm text-slate-700">
          {t.rich("address", { slug: history.slug, code: (chunks) => <code>{chunks}</code> })}
          {" · "}
          <Link href={`/entries/${history.slug}`}>{t("publicPage")}</Link>
        </p>
      </header>
      {done === "archived" && <StatusMessage>{t("archivedDone")}</StatusMessage>}
      {done === "restored" && <StatusMessage>{t("restoredDone")}</StatusMessage>}
      {done === "evidence" && <StatusMessage>{tEvidence("done")}</StatusMessage>}
      {done === "evidence-accepted" && <StatusMessage>{tProposals("accept.done")}</StatusMessage>}
      {done === "evidence-declined" && <StatusMessage>{tProposals("decline.done")}</StatusMessage>}
      {done === "contact" && contact && <StatusMessage>{contact.enabled ? tContact("doneOn") : tContact("doneOff")}</StatusMessage>}
      {archived && (
        <Section id="archived" title={t("archived.heading")} size="panel" className="rounded-lg border-2 border-slate-400 bg-slate-50 p-4">
          <p className="mt-1">
            {t.rich("archived.on", { date: () => <When date={archived.at} withTime /> })}
          </p>
          <p className="mt-1 whitespace-pre-wrap">{t("archived.reason", { reason: archived.reason ?? t("archived.noReason") })}</p>
          {successor && (
            <p className="mt-1">
              {tEntry.rich("archived.successor", {
                title: successor.title,
                link: (chunks) => <Link href={entryPath(successor.slug)}>{chunks}</Link>,
              })}
            </p>
          )}
          <h3 className="mb-2 mt-4 font-semibold">{t("archived.restore")}</h3>
          <RestoreForm action={restoreEntryAction} slug={history.slug} />
        </Section>
      )}
      {!archived && proposals.length > 0 && (
        <Section
          id="evidence-proposals"
          title={tProposals("heading")}
          intro={tProposals("intro")}
          size="panel"
          className="space-y-4 rounded-lg border-2 border-brand-700 p-3 sm:p-4"
        >
          <p className="font-semibold">{tProposals("count", { count: proposals.length })}</p>
          {proposals.map((proposal) => (
            <EvidenceProposalCard key={proposal.id} proposal={proposal} levels={levels} accept={acceptEvidenceProposalAction} decline={declineEvidenceProposalAction} />
          ))}
        </Section>
      )}
      {!archived && (
        <Section id="evidence" title={tEvidence("heading")} size="panel" className="rounded-lg border border-slate-300 p-4">
          <p className="mt-1 text-sm text-slate-700">{tEvidence("intro")}</p>
          <p className="mb-3 mt-2">
            {evidence
              ? tEvidence.rich("current", { level: tLevels(`${evidence.level}.name`), date: () => <When date={evidence.assessedAt} /> })
              : tEvidence("notAssessed")}
          </p>
          <EvidenceForm
            action={assessEvidenceAction}
            slug={history.slug}
            levels={levels}
            current={evidence && { level: evidence.level, justification: evidence.justification, evidenceUrl: evidence.evidenceUrl ?? "" }}
          />
        </Section>
      )}
      {!archived && contact && <ContactSection slug={history.slug} panel={contact} action={setEntryContactAction} />}
      <VersionTable slug={history.slug} versions={history.versions} />
      {events.length > 0 ? (
        <AuditTable records={events} caption={t("eventsCaption")} />
      ) : (
        <p className="text-sm text-slate-700">{t("noEvents")}</p>
      )}
      {!history.archived && (
        <Section id="archive" title={t("archive.heading")} size="panel" className="rounded-lg border border-red-800 p-4">
          <p className="mb-3 mt-1 text-sm text-slate-700">
            {t("archive.intro")}
          </p>
          <ArchiveForm action={archiveEntryAction} slug={history.slug} />
        </Section>
      )}
    </div>
  );
}
