"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { currentActor } from "@/lib/auth/session";
import { localisedPath } from "@/lib/i18n/locales";
import { markAllRead } from "@/lib/notifications/notifications";

export async function markAllReadAction(): Promise<void> {
  const locale = await getLocale();
  const actor = await currentActor();
  if (!actor) redirect(localisedPath(locale, "/auth/sign-in?callbackUrl=%2Fnotifications"));
  await markAllRead(actor);
  // The unread count shows on every page, in the header.
  revalidatePath("/", "layout");
  redirect(localisedPath(locale, "/notifications?done=read"));
}
