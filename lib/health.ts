import "server-only";
import { db } from "@/lib/db";
import { searchEngine } from "@/lib/search";

/** `search` names the engine in use; `searchReachable` says whether it answers. */
export type Health = { status: "ok" | "degraded"; db: "up" | "down"; search: string; searchReachable: boolean };

async function safely(check: () => Promise<boolean>): Promise<boolean> {
  try {
    return await check();
  } catch {
    return false;
  }
}

export async function checkHealth(): Promise<Health> {
  const engine = searchEngine();
  const [dbUp, searchUp] = await Promise.all([
    safely(async () => (await db.$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`).length === 1),
    safely(() => engine.ping()),
  ]);
  return {
    status: dbUp && searchUp ? "ok" : "degraded",
    db: dbUp ? "up" : "down",
    search: engine.name,
    searchReachable: searchUp,
  };
}
