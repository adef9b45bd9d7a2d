import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { belongsTo, isStaff } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { getPublishedEntry } from "@/lib/catalogue/entries";
import { entryContactPath, entryPath } from "@/lib/catalogue/paths";
import { renderMarkdown } from "@/lib/catalogue/markdown";
import { slugSchema } from "@/lib/catalogue/schema";
import { Link } from "@/lib/i18n/navigation";
import { localisedPath } from "@/lib/i18n/locales";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { entryOwner } from "@/lib/organisations/directory";
import { memberOwningEntry } from "@/lib/alliance/directory";
import { EntryMemberBadge } from "@/components/alliance/entry-member-badge";
import { entryJsonLd, serialiseJsonLd } from "@/lib/seo/json-ld";
import { absoluteUrl } from "@/lib/site-url";
import { EntryFacts } from "@/components/entry/entry-facts";
import { EventDetails } from "@/components/events/event-details";
import { EvidenceBadge } from "@/components/entry/evidence-badge";
import { RelatedEntries } from "@/components/entry/related-entries";
import { EntryActions } from "@/components/entry/entry-actions";
import { StaffLinks } from "@/components/entry/staff-links";
import { StartEditForm } from "@/components/contributions/start-edit-form";
import { startEditAction } from "../../contributions/actions";
import { confirmAccurateAction, proposeEvidenceAction, withdrawEvidenceProposalAction } from "./actions";
import { EVIDENCE_LEVELS } from "@/lib/evidence/levels";
import { ownPendingEvidenceProposal, type OwnEvidenceProposal } from "@/lib/evidence/proposal-lists";
import { SectionMessages } from "@/components/i18n/section-messages";
import { EvidenceProposalWaiting } from "@/components/entry/evidence-proposal-waiting";
import { ProposeEvidenceForm } from "@/components/entry/propose-evidence-form";
import { freshness } from "@/lib/verification/freshness";
import { ConfirmAccurateForm } from "@/components/verification/confirm-accurate-form";
import { EntryDates } from "@/components/verification/entry-dates";
import { VerificationNotice } from "@/components/verification/verification-notice";
import { descriptionLanguage, entryInLanguage, originalTextLang } from "@/lib/catalogue/translations";
import { LanguageNote } from "@/components/entry/language-note";
import { contactTarget } from "@/lib/contact/target";
import { linkItemsHtml } from "@/components/ui/static-html";

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const { slug } = await params;
  const parsed = slugSchema.safeParse(slug);
  return parsed.success ? getPublishedEntry(parsed.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = await load(params);
  if (!entry) return { title: (await getTranslations("entry"))("notFoundTitle") };
  const locale = await getLocale();
  const url = absoluteUrl(localisedPath(locale, entryPath(entry.slug)));
  const shown = entryInLanguage(entry, locale);
  return {
    title: shown.title,
    description: shown.summary,
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      title: shown.title,
      description: shown.summary,
      url,
      siteName: "STEM Clearinghouse",
      publishedTime: entry.publishedAt.toISOString(),
      modifiedTime: entry.updatedAt.toISOString(),
    },
    twitter: { card: "summary", title: shown.title, description: shown.summary },
  };
}

type Reader = { proposable: boolean; staff: boolean; pendingEvidence: OwnEvidenceProposal | null };

/** Members of the owning organisation may propose changes and evidence; staff get the moderation pages. */
async function whoIsReading(slug: string): Promise<Reader> {
  const actor = await currentActor();
  if (!actor) return { proposable: false, staff: false, pendingEvidence: null };
  const staff = isStaff(actor);
  if (actor.organisationIds.length === 0) return { proposable: false, staff, pendingEvidence: null };
  const owner = await entryOwner(slug);
  const proposable = owner !== null && belongsTo(actor, owner.id);
  return { proposable, staff, pendingEvidence: proposable ? await ownPendingEvidenceProposal(actor, slug) : null };
}

export default async function EntryPage({ params }: Props) {
  const entry = await load(params);
  if (!entry) notFound();
  const [{ proposable, staff, pendingEvidence }, t, te, tLevels, locale, contact, allianceMember] = await Promise.all([
    whoIsReading(entry.slug),
    getTranslations("entry"),
    getTranslations("contributions.edit"),
    getTranslations("evidence.levels"),
    getLocale(),
    contactTarget(entry.slug),
    memberOwningEntry(entry.slug),
  ]);
  const shown = entryInLanguage(entry, locale);
  // Texts in another language than the page's say which (an English entry on a German page, a Swedish title).
  const lang = shown.titleLang === locale ? undefined : shown.titleLang;
  const textLang = shown.lang === locale ? undefined : shown.lang;
  const descriptionLang = descriptionLanguage(entry, shown);
  // Members of the owning organisation and staff may say "still accurate" (lib/verification checks it again).
  const confirmable = proposable || staff;
  const stale = freshness(entry.lastVerifiedAt, new Date()) === "stale";
  // The forms below are for the entry's owners and staff; only they are sent the form kit's messages.
  const confirmForm = (
    <SectionMessages sections={["validation"]}>
      <ConfirmAccurateForm
        action={confirmAccurateAction}
        slug={entry.slug}
        hint={t("verification.confirmHint")}
        labels={{ submit: t("verification.confirm"), pending: t("verification.confirming") }}
      />
    </SectionMessages>
  );
  return (
    <article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serialiseJsonLd(entryJsonLd(entry)) }} />
      <nav aria-label={t("breadcrumb")} className="text-sm print:hidden">
        <ol className="flex gap-2 text-slate-600">
          <li>
            <Link href="/search">{t("catalogue")}</Link>
          </li>
          <li aria-hidden="true">/</li>
          <li>
            <Link href={`/search?kind=${entry.kind}`}>{vocabularyLabel("kind", entry.kind, locale)}</Link>
          </li>
        </ol>
      </nav>
      <h1 className="mt-3 text-3xl font-bold leading-tight" lang={lang}>
        {shown.title}
      </h1>
      <LanguageNote slug={entry.slug} shown={shown} locale={locale} />
      <p className="mt-3 max-w-3xl text-lg text-slate-700" lang={textLang}>
        {shown.summary}
      </p>
      <EventDetails entry={entry} locale={locale} />
      <EntryActions
        website={entry.website}
        url={absoluteUrl(localisedPath(locale, entryPath(entry.slug)))}
        title={shown.title}
        contactHref={contact ? entryContactPath(entry.slug) : undefined}
        propose={
          proposable ? (
            <SectionMessages sections={["validation"]}>
              <StartEditForm action={startEditAction} slug={entry.slug} labels={{ start: te("start"), opening: te("opening") }} />
            </SectionMessages>
          ) : undefined
        }
      />
      {stale && <VerificationNotice lastVerifiedAt={entry.lastVerifiedAt} publishedAt={entry.publishedAt} locale={locale} />}
      {/* Always in this place, so the form keeps its result message when the notice above goes. */}
      {confirmable && <div className="mt-4 max-w-3xl rounded-lg border border-slate-300 p-4 print:hidden">{confirmForm}</div>}
      <div className="mt-8 grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div>
          <div className="prose-entry max-w-3xl" lang={descriptionLang === locale ? undefined : descriptionLang} dangerouslySetInnerHTML={{ __html: renderMarkdown(shown.description) }} />
          {entry.impact && (
            <section className="mt-8">
              <h2 className="text-lg font-semibold">{t("impact")}</h2>
              <p className="mt-2">{entry.impact}</p>
            </section>
          )}
          <RelatedEntries title={t("linkedTo")} entries={entry.links} />
          <RelatedEntries title={entry.kind === "organisation" ? t("organisationWork") : t("linkedFrom")} entries={entry.backlinks} />
          {entry.sources.length > 0 && (
            <section className="mt-8 text-sm text-slate-700">
              <h2 className="text-base font-semibold text-slate-900">{t("sources")}</h2>
              <ul
                className="mt-2 list-disc pl-5"
                lang={originalTextLang(locale)}
                dangerouslySetInnerHTML={{
                  __html: linkItemsHtml(entry.sources.map((s) => ({ label: s.title, href: s.url, external: true, note: s.note ? `— ${s.note}` : undefined }))),
                }}
              />
            </section>
          )}
        </div>
        <aside aria-label={t("keyFacts")}>
          <EntryFacts entry={entry} />
          {allianceMember && <EntryMemberBadge member={allianceMember} />}
          <EvidenceBadge evidence={entry.evidence} />
          {/* lib/evidence/propose.ts checks membership again. */}
          {proposable && (
            <SectionMessages sections={["validation", "evidenceProposal"]}>
              <ProposeEvidenceForm
                action={proposeEvidenceAction}
                slug={entry.slug}
                levels={EVIDENCE_LEVELS.map((level) => ({ value: level, name: tLevels(`${level}.name`) }))}
                waiting={pendingEvidence && <EvidenceProposalWaiting proposal={pendingEvidence} />}
                withdraw={{ action: withdrawEvidenceProposalAction, proposalId: pendingEvidence?.id ?? null }}
              />
            </SectionMessages>
          )}
          <EntryDates updatedAt={entry.updatedAt} lastVerifiedAt={entry.lastVerifiedAt} locale={locale} />
          {staff && <StaffLinks slug={entry.slug} proposeHere={proposable} />}
        </aside>
      </div>
    </article>
  );
}
