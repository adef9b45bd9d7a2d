import { z } from "zod";
import { currentActor } from "@/lib/auth/session";
import { findLinkableEntries, findLinkableEntry } from "@/lib/submissions/links";

export const dynamic = "force-dynamic";

// The editor's related-entry picker asks here: published entries by title, or
// one by its address (to name a link chosen earlier). Members only.

const querySchema = z.union([
  z.object({ q: z.string().max(100).regex(/^[^\x00-\x1f]*$/, "Type words, not control characters") }),
  z.object({ slug: z.string().min(1).max(120).regex(/^[a-z0-9-]+$/, "Not an entry address") }),
]);

function error(status: number, code: string, message: string) {
  return Response.json({ error: { code, message } }, { status, headers: { "Cache-Control": "private, no-store" } });
}

export async function GET(request: Request) {
  if (!(await currentActor())) return error(401, "unauthorised", "Sign in to link entries.");
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = querySchema.safeParse(params);
  if (!parsed.success) return error(400, "invalid", "Give q (words of a title) or slug (an entry address).");
  const entries =
    "slug" in parsed.data ? [await findLinkableEntry(parsed.data.slug)].filter((e) => e !== null) : await findLinkableEntries(parsed.data.q);
  return Response.json({ entries }, { headers: { "Cache-Control": "private, no-store" } });
}
