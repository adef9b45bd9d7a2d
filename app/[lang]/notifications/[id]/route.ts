import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { isLocale, localisedPath } from "@/lib/i18n/locales";
import { openNotification } from "@/lib/notifications/notifications";

export const dynamic = "force-dynamic";

/**
 * Opening a notification from the list: marks it read, then goes where it
 * points (in the language of the list), so the header's unread count drops as
 * soon as it is followed.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; id: string }> }) {
  const { lang, id } = await params;
  const actor = await requireActor(`/notifications/${encodeURIComponent(id)}`);
  const target = (await openNotification(actor, id)) ?? "/notifications";
  redirect(isLocale(lang) ? localisedPath(lang, target) : target);
}
