import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { openNotification } from "@/lib/notifications/notifications";

export const dynamic = "force-dynamic";

/**
 * Opening a notification from the list: marks it read, then goes where it
 * points, so the header's unread count drops as soon as it is followed.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/notifications/${encodeURIComponent(id)}`);
  redirect((await openNotification(actor, id)) ?? "/notifications");
}
