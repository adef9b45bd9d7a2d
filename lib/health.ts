import "server-only";
import { db } from "@/lib/db";
import { mailOutboxLag } from "@/lib/mail/outbox";
import { externalEngineStatus, searchEngine, searchWarmUpState, type MeiliStatus, type WarmUpState } from "@/lib/search";
import { outboxLag, type OutboxLag } from "@/lib/search/outbox/worker";

/**
 * `search` names the engine searches go to first and `searchReachable` says
 * whether it answers; when it does not, `searchFallback` names the engine
 * that answers instead. `outbox` is the delivery lag to an external engine;
 * `mail` the mail waiting in the mail outbox (a growing age means SMTP is
 * refusing, or no runner is sending: see `npm run jobs -- --status`).
 * `meilisearch` is null unless MEILI_URL is set; then it gives the server's
 * version (null when it does not answer) and whether the index's settings
 * are applied (`applied`), still being applied, failed (with why: a server
 * older than we support, an admin key without `entries*`), or `unknown`.
 * `searchWarmUp` says how far this process has read the catalogue's most
 * common words at its start (`off` with Meilisearch or SEARCH_WARM_WORDS=0);
 * the site answers meanwhile, and it is not a reason to be `degraded`.
 */
export type Health = {
  status: "ok" | "degraded";
  db: "up" | "down";
  search: string;
  searchReachable: boolean;
  searchFallback: "postgres" | null;
  outbox: OutboxLag | null;
  mail: OutboxLag | null;
  meilisearch: MeiliStatus | null;
  searchWarmUp: WarmUpState;
};

async function safely<T>(check: () => Promise<T>, otherwise: T): Promise<T> {
  try {
    return await check();
  } catch {
    return otherwise;
  }
}

export async function checkHealth(): Promise<Health> {
  const engine = searchEngine();
  const external = engine.name !== "postgres";
  const [dbUp, searchUp, outbox, mail, meilisearch] = await Promise.all([
    safely(async () => (await db.$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`).length === 1, false),
    safely(() => engine.ping(), false),
    external ? safely<OutboxLag | null>(outboxLag, null) : Promise.resolve(null),
    safely<OutboxLag | null>(mailOutboxLag, null),
    externalEngineStatus(),
  ]);
  return {
    status: dbUp && searchUp ? "ok" : "degraded",
    db: dbUp ? "up" : "down",
    search: engine.name,
    searchReachable: searchUp,
    searchFallback: external && !searchUp && dbUp ? "postgres" : null,
    outbox,
    mail,
    meilisearch,
    searchWarmUp: searchWarmUpState(),
  };
}
