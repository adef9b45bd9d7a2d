import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { listOwnApplications } from "@/lib/alliance/application-lists";
import { applicationPath } from "@/lib/alliance/apply";
import { requireActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/format/dates";
import { toLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("alliance.applications");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function OwnApplicationsPage() {
  const actor = await requireActor("/alliance/applications");
  const [applications, t, ta, pageLocale] = await Promise.all([listOwnApplications(actor), getTranslations("alliance.applications"), getTranslations("alliance"), getLocale()]);
  const locale = toLocale(pageLocale);
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {applications.length === 0 ? (
        <EmptyState title={t("title")} message={t("empty")}>
          <p className="mt-3">
            <Link href="/alliance/apply" className="font-semibold">
              {ta("join.apply")}
            </Link>
          </p>
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {applications.map((a) => (
            <li key={a.id} className="rounded-md border border-slate-300 p-3">
              <Link href={applicationPath(a.id)} className="font-semibold wrap-anywhere" aria-label={t("open", { organisation: a.name })}>
                {a.name}
              </Link>
              <p className="text-sm text-slate-700">
                {ta(`kinds.${a.kind === "profile" ? "profile" : "join"}`)} · {ta(`states.${a.state}`)} · {t("sentOn", { date: formatDate(a.createdAt, locale) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
