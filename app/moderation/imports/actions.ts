"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { startImport } from "@/lib/imports/run";

/** Starts a checked import and comes back to its page, which shows the progress. */
export async function runImportAction(form: FormData): Promise<void> {
  const id = form.get("id");
  const skipDuplicates = form.get("skipDuplicates");
  const result = await startImport(await currentActor(), {
    id: typeof id === "string" ? id : "",
    skipDuplicates: typeof skipDuplicates === "string" ? skipDuplicates : undefined,
  });
  if (!result.ok && result.code === "not_found") redirect("/moderation/imports");
  const page = `/moderation/imports/${typeof id === "string" ? encodeURIComponent(id) : ""}`;
  revalidatePath("/moderation", "layout");
  // The run goes on in the background; its page follows it. A refusal is named by its code only.
  redirect(result.ok ? page : `${page}?problem=${result.code}`);
}
