import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { describeAlertSearch } from "@/lib/alerts/describe";
import { listAlerts } from "@/lib/alerts/subscriptions";
import { requireActor } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { toLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { AlertList } from "@/components/alerts/alert-list";
import { StatusMessage } from "@/components/forms/status-message";
import { EmptyState } from "@/components/ui/empty-state";
import { pauseAlertAction, resumeAlertAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("alerts");
  return { title: t("listTitle"), robots: { index: false, follow: false } };
}

const DONE = ["created", "updated", "paused", "resumed", "deleted"] as const;

export default async function AlertsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor("/alerts");
  const [alerts, params, t, pageLocale] = await Promise.all([listAlerts(actor), searchParams, getTranslations("alerts"), getLocale()]);
  const locale = toLocale(pageLocale);
  const done = DONE.find((d) => d === firstParam(params.done));
  const described = await Promise.all(alerts.map(async (alert) => ({ ...alert, description: await describeAlertSearch(alert.search, locale) })));
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">{t("listTitle")}</h1>
      {done && (
        <StatusMessage>
          <span aria-hidden="true">✓ </span>
          {t(done)}
        </StatusMessage>
      )}
      {alerts.length === 0 ? (
        <EmptyState title={t("emptyTitle")} message={t("empty")}>
          <p className="mt-3">
            <Link href="/search" className="font-semibold">
              {t("openSearch")}
            </Link>
          </p>
        </EmptyState>
      ) : (
        <>
          <p className="text-slate-700">{t("listIntro")}</p>
          <AlertList alerts={described} pauseAction={pauseAlertAction} resumeAction={resumeAlertAction} />
        </>
      )}
    </div>
  );
}
