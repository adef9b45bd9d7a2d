import { exportUserData } from "@/lib/account/export";
import { currentActor } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/** "Download my data": the signed-in user's own data as a JSON file. */
export async function GET() {
  const actor = await currentActor();
  if (!actor) {
    return Response.json({ error: { code: "unauthorised", message: "Sign in to download your data." } }, { status: 401 });
  }
  const data = await exportUserData(actor);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="stem-clearinghouse-my-data-${new Date().toISOString().slice(0, 10)}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
