"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { formInput } from "@/lib/forms/form-input";
import { startImport } from "@/lib/imports/run";
import { runRequestSchema } from "@/lib/imports/schema";

/** Starts a checked import and comes back to its page, which shows the progress. */
export async function runImportAction(form: FormData): Promise<void> {
  const input = formInput(form, runRequestSchema);
  const result = await startImport(await currentActor(), input);
  if (!result.ok && result.code === "not_found") redirect("/moderation/imports");
  const page = `/moderation/imports/${encodeURIComponent(input.id)}`;
  revalidatePath("/moderation", "layout");
  // The run goes on in the background; its page follows it. A refusal is named by its code only.
  redirect(result.ok ? page : `${page}?problem=${result.code}`);
}
