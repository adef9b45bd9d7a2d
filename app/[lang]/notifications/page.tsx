import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import type { SearchParams } from "@/lib/http/search-params";
import { listNotifications } from "@/lib/notifications/notifications";
import { NotificationList } from "@/components/contributions/notification-list";
import { StatusMessage } from "@/components/forms/status-message";
import { markAllReadAction } from "./actions";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications");
  return { title: t("title"), robots: { index: false, follow: false } };
}

type Props = { searchParams: SearchParams };

export default async function NotificationsPage({ searchParams }: Props) {
  const actor = await requireActor("/notifications");
  const [notifications, params] = await Promise.all([listNotifications(actor, await getLocale()), searchParams]);
  const unread = notifications.filter((n) => !n.read).length;
  const t = await getTranslations("notifications");
  return (
    <div className="max-w-3xl space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {unread > 0 && (
          <form action={markAllReadAction}>
            <button type="submit" className="rounded-md border border-brand-700 px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">
              {t("markAllRead")}
            </button>
          </form>
        )}
      </div>
      {params.done === "read" && unread === 0 && (
        <StatusMessage>
          <span aria-hidden="true">✓ </span>
          {t("allMarkedRead")}
        </StatusMessage>
      )}
      {notifications.length === 0 ? (
        <EmptyState
          title={t("empty.title")}
          message={t("empty.message")}
        />
      ) : (
        <>
          <p className="text-slate-700">{unread === 0 ? t("allRead") : t("unread", { count: unread })}</p>
          <NotificationList notifications={notifications} />
        </>
      )}
    </div>
  );
}
