import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { listApplicationQueue, listMemberships, type ApplicationView } from "@/lib/alliance/application-lists";
import { currentActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/format/dates";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { type Locale, toLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { MembershipForm } from "@/components/alliance/membership-form";
import { StatusMessage } from "@/components/forms/status-message";
import { ModerationBreadcrumb } from "@/components/moderation/moderation-breadcrumb";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";
import { changeMembershipAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("alliance.staff");
  return { title: t("title"), robots: { index: false, follow: false } };
}

const DONE = ["approved", "more", "declined", "changed"] as const;

async function ApplicationList({ items, locale }: { items: ApplicationView[]; locale: Locale }) {
  const t = await getTranslations("alliance");
  if (items.length === 0) return <EmptyState message={t("staff.empty")} />;
  return (
    <ul className="space-y-3">
      {items.map((a) => (
        <li key={a.id} className="rounded-md border border-slate-300 p-3">
          <Link href={`/moderation/alliance/${a.id}`} className="font-semibold wrap-anywhere" aria-label={t("staff.review", { organisation: a.name })}>
            {a.name}
          </Link>
          <p className="text-sm text-slate-700 wrap-anywhere">
            {t(`kinds.${a.kind === "profile" ? "profile" : "join"}`)} · {a.applicant?.email ?? "–"} · {formatDate(a.updatedAt, locale)}
          </p>
        </li>
      ))}
    </ul>
  );
}

export default async function AllianceQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await currentActor();
  const [queue, memberships] = await Promise.all([listApplicationQueue(actor), listMemberships(actor)]);
  if (!queue || !memberships) notFound();
  const [t, ta, pageLocale, params] = await Promise.all([getTranslations("alliance.staff"), getTranslations("alliance"), getLocale(), searchParams]);
  const locale = toLocale(pageLocale);
  const done = DONE.find((d) => d === firstParam(params.done));
  return (
    <div className="space-y-8">
      <div>
        <ModerationBreadcrumb current={t("title")} />
        <h1 className="mt-3 text-2xl font-bold">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      </div>
      {done && <StatusMessage>{t(`done.${done}`)}</StatusMessage>}
      <Section id="alliance-pending" title={t("pending")}>
        <ApplicationList items={queue.pending} locale={locale} />
      </Section>
      <Section id="alliance-waiting" title={t("waiting")}>
        <ApplicationList items={queue.waiting} locale={locale} />
      </Section>
      <Section id="alliance-memberships" title={t("memberships")} intro={t("membershipsIntro")}>
        <ul className="divide-y divide-slate-200">
          {memberships.map((m) => (
            <li key={m.organisationId} className="py-3">
              <p className="font-semibold wrap-anywhere">{m.name}</p>
              <p className="text-sm text-slate-700">
                {[m.country ? vocabularyLabel("country", m.country, locale) : null, ta(`membershipStates.${m.state === "suspended" || m.state === "ended" ? m.state : "member"}`), ta("card.memberSince", { date: formatDate(new Date(`${m.joinedOn}T00:00:00Z`), locale) })]
                  .filter((part) => part !== null)
                  .join(" · ")}
              </p>
              {m.reason && <p className="text-sm wrap-anywhere">{t("reason")}: {m.reason}</p>}
              {m.state !== "ended" && (
                <details className="mt-2 max-w-xl">
                  <summary className="cursor-pointer text-sm font-semibold">{t("changeSubmit")}</summary>
                  <div className="mt-2">
                    <MembershipForm action={changeMembershipAction} organisationId={m.organisationId} name={m.name} state={m.state} />
                  </div>
                </details>
              )}
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
