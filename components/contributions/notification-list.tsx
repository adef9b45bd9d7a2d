import { useLocale, useTranslations } from "next-intl";
import { localisedPath } from "@/lib/i18n/locales";
import type { NotificationView } from "@/lib/notifications/notifications";
import { When } from "@/components/ui/when";

/**
 * Unread ones say so in words, and stand out with a bar and bold text. Each
 * opens through /notifications/{id}, which marks it read; a plain link, since a
 * prefetch must not read it on the member's behalf.
 */
export function NotificationList({ notifications }: { notifications: NotificationView[] }) {
  const t = useTranslations("contributions");
  const locale = useLocale();
  return (
    <ul className="space-y-2">
      {notifications.map((n) => (
        <li
          key={n.id}
          className={`rounded-md border p-3 ${n.read ? "border-slate-200" : "border-l-4 border-brand-700 bg-brand-50"}`}
        >
          <p className={n.read ? "" : "font-semibold"}>
            {!n.read && <span className="mr-2 rounded bg-brand-700 px-1.5 py-0.5 text-xs font-bold text-white">{t("notificationNew")}</span>}
            <a href={localisedPath(locale, `/notifications/${n.id}`)}>{n.message}</a>
          </p>
          <p className="mt-1 text-sm text-slate-600">
            <When date={n.createdAt} withTime />
          </p>
        </li>
      ))}
    </ul>
  );
}
