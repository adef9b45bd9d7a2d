import { getLocale, getTranslations } from "next-intl/server";
import type { AlertView } from "@/lib/alerts/subscriptions";
import { formatDateTime } from "@/lib/format/dates";
import type { FormAction } from "@/lib/forms/action-state";
import { isLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { ActionForm } from "@/components/forms/action-form";

type Props = {
  alerts: (AlertView & { description: string })[];
  pauseAction: FormAction;
  resumeAction: FormAction;
};

/** A person's alerts: what each watches, how often, how it last went, and its controls. */
export async function AlertList({ alerts, pauseAction, resumeAction }: Props) {
  const t = await getTranslations("alerts");
  const locale = await getLocale();
  const when = (date: Date) => formatDateTime(date, isLocale(locale) ? locale : undefined);
  return (
    <ul className="space-y-4">
      {alerts.map((alert) => (
        <li key={alert.id} className="rounded-lg border border-slate-300 p-4">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <h2 className="min-w-0 text-lg font-semibold wrap-anywhere">
              <Link href={`/search${alert.search ? `?${alert.search}` : ""}`}>{alert.name}</Link>
            </h2>
            <span className={`rounded-full px-2 py-0.5 text-sm font-medium ${alert.state === "active" ? "bg-emerald-50 text-emerald-900" : "bg-slate-100 text-slate-800"}`}>
              {t(`state.${alert.state}`)}
            </span>
          </div>
          <p className="mt-1 text-slate-700 wrap-anywhere">{alert.description}</p>
          <ul className="mt-2 space-y-0.5 text-sm text-slate-700">
            <li>{t("frequencyLabel", { frequency: t(`frequencyOption.${alert.frequency}`) })}</li>
            <li>{alert.lastRunAt ? t("lastRun", { date: when(alert.lastRunAt) }) : t("neverRun")}</li>
            <li>{alert.lastSentAt ? t("lastMail", { date: when(alert.lastSentAt), count: alert.lastNewCount }) : t("noMail")}</li>
          </ul>
          <div className="mt-3 flex flex-wrap items-center gap-3">
            <Link href={`/alerts/${alert.id}`} aria-label={t("editLabel", { name: alert.name })} className="font-semibold">
              {t("edit")}
            </Link>
            <ActionForm action={alert.state === "paused" ? resumeAction : pauseAction} submitLabel={alert.state === "paused" ? t("resume") : t("pause")}>
              <input type="hidden" name="id" value={alert.id} />
            </ActionForm>
          </div>
        </li>
      ))}
    </ul>
  );
}
