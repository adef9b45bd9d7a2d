import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import type { SearchParams } from "@/lib/http/search-params";
import { listNotifications } from "@/lib/notifications/notifications";
import { NotificationList } from "@/components/contributions/notification-list";
import { StatusMessage } from "@/components/forms/status-message";
import { markAllReadAction } from "./actions";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Notifications", robots: { index: false, follow: false } };

type Props = { searchParams: SearchParams };

export default async function NotificationsPage({ searchParams }: Props) {
  const actor = await requireActor("/notifications");
  const [notifications, params] = await Promise.all([listNotifications(actor, await getLocale()), searchParams]);
  const unread = notifications.filter((n) => !n.read).length;
  return (
    <div className="max-w-3xl space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Notifications</h1>
        {unread > 0 && (
          <form action={markAllReadAction}>
            <button type="submit" className="rounded-md border border-brand-700 px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">
              Mark all as read
            </button>
          </form>
        )}
      </div>
      {params.done === "read" && unread === 0 && (
        <StatusMessage>
          <span aria-hidden="true">✓ </span>All notifications are marked as read.
        </StatusMessage>
      )}
      {notifications.length === 0 ? (
        <EmptyState
          title="No notifications yet"
          message="When a moderator reviews one of your organisation’s proposals, or something else needs your attention, you will hear about it here."
        />
      ) : (
        <>
          <p className="text-slate-700">{unread === 0 ? "You have read them all." : `${unread} unread ${unread === 1 ? "notification" : "notifications"}.`}</p>
          <NotificationList notifications={notifications} />
        </>
      )}
    </div>
  );
}
