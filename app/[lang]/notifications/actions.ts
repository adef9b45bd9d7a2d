"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { markAllRead } from "@/lib/notifications/notifications";

export async function markAllReadAction(): Promise<void> {
  const actor = await currentActor();
  if (!actor) redirect("/auth/sign-in?callbackUrl=%2Fnotifications");
  await markAllRead(actor);
  // The unread count shows on every page, in the header.
  revalidatePath("/", "layout");
  redirect("/notifications?done=read");
}
