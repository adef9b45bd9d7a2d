"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { formText } from "@/lib/forms/input-text";
import { startImport } from "@/lib/imports/run";

/** Starts a checked import and comes back to its page, which shows the progress. */
export async function runImportAction(form: FormData): Promise<void> {
  const id = formText(form, "id");
  const result = await startImport(await currentActor(), { id: id ?? "", skipDuplicates: formText(form, "skipDuplicates") });
  if (!result.ok && result.code === "not_found") redirect("/moderation/imports");
  const page = `/moderation/imports/${id === undefined ? "" : encodeURIComponent(id)}`;
  revalidatePath("/moderation", "layout");
  // The run goes on in the background; its page follows it. A refusal is named by its code only.
  redirect(result.ok ? page : `${page}?problem=${result.code}`);
}
