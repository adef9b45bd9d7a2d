import { currentActor } from "@/lib/auth/session";
import { getImportProgress } from "@/lib/imports/views";

// How far a running import has got, for the progress bar; staff only.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const progress = await getImportProgress(await currentActor(), id);
  if (!progress) return Response.json({ error: { code: "not_found", message: "This import does not exist." } }, { status: 404 });
  return Response.json(progress, { headers: { "Cache-Control": "no-store" } });
}
