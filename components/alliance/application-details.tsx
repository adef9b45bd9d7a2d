import { getLocale, getTranslations } from "next-intl/server";
import type { ApplicationView } from "@/lib/alliance/application-lists";
import { isAllianceType } from "@/lib/alliance/vocabulary";
import { formatDate } from "@/lib/format/dates";
import { toLocale } from "@/lib/i18n/locales";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";

/** What an application says, for its applicant and for staff alike; staff also see who sent it. */
export async function ApplicationDetails({ application, showApplicant = false }: { application: ApplicationView; showApplicant?: boolean }) {
  const [t, ta, pageLocale] = await Promise.all([getTranslations("alliance.application"), getTranslations("alliance"), getLocale()]);
  const locale = toLocale(pageLocale);
  const a = application;
  const rows: { label: string; value: React.ReactNode }[] = [
    { label: t("kind"), value: ta(`kinds.${a.kind === "profile" ? "profile" : "join"}`) },
    { label: t("state"), value: ta(`states.${a.state}`) },
    ...(showApplicant ? [{ label: t("applicant"), value: a.applicant ? (a.applicant.name ? `${a.applicant.name} (${a.applicant.email})` : a.applicant.email) : "–" }] : []),
    ...(a.organisationSlug === null && a.kind === "join" ? [{ label: ta("apply.organisation"), value: t("newOrganisation") }] : []),
    { label: t("country"), value: a.country ? vocabularyLabel("country", a.country, locale) : "–" },
    { label: t("type"), value: isAllianceType(a.allianceType) ? ta(`types.${a.allianceType}`) : a.allianceType },
    {
      label: t("website"),
      value: a.website ? (
        <a href={a.website} rel="noopener nofollow">
          {a.website}
        </a>
      ) : (
        "–"
      ),
    },
    { label: t("priorities"), value: a.priorities.map((p) => ta(`priorities.${p}`)).join("; ") },
  ];
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{ta("applications.sentOn", { date: formatDate(a.createdAt, locale) })}</p>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="font-semibold">{row.label}</dt>
            <dd className="wrap-anywhere">{row.value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="application-profile-heading">
        <h2 id="application-profile-heading" className="text-lg font-semibold">
          {t("profile")}
        </h2>
        <p className="mt-1 whitespace-pre-line wrap-anywhere">{a.profile}</p>
      </section>
      <section aria-labelledby="application-motivation-heading">
        <h2 id="application-motivation-heading" className="text-lg font-semibold">
          {t("motivation")}
        </h2>
        <p className="mt-1 whitespace-pre-line wrap-anywhere">{a.motivation}</p>
      </section>
      {a.staffMessage && (
        <section aria-labelledby="application-staff-heading" className="rounded-md border border-amber-700 bg-amber-50 p-3">
          <h2 id="application-staff-heading" className="font-semibold">
            {a.state === "declined" ? t("reason") : t("staffAsked")}
          </h2>
          <p className="mt-1 whitespace-pre-line wrap-anywhere">{a.staffMessage}</p>
        </section>
      )}
      {a.answer && (
        <section aria-labelledby="application-answer-heading">
          <h2 id="application-answer-heading" className="font-semibold">
            {showApplicant ? ta("staff.answeredNote") : t("yourAnswer")}
          </h2>
          <p className="mt-1 whitespace-pre-line wrap-anywhere">{a.answer}</p>
        </section>
      )}
    </div>
  );
}
