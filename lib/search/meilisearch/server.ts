import "server-only";
import { MeilisearchApiError, type Meilisearch } from "meilisearch";

// What we require of the Meilisearch server, checked before we write to it
// (at start-up, by `npm run search:settings` and before a reindex), so that a
// server too old for our requests is refused with a clear message instead of
// failing half-way (ADR 019).

/**
 * The oldest server we support: 1.18 added the swap payload's `rename` field,
 * which the client (0.62) always sends and older servers reject (their
 * payloads deny unknown fields), after a reindex had built the whole fresh
 * index. Everything else we use is older: granular filterableAttributes
 * (1.14), document listing sorted by id (1.16), facetSearch (1.12),
 * localizedAttributes (1.10), searchCutoffMs (1.8).
 */
export const MIN_MEILISEARCH_VERSION = "1.18.0";

export class MeiliServerError extends Error {
  override name = "MeiliServerError";
}

/** The server is older than MIN_MEILISEARCH_VERSION: nothing is sent to it. */
export class MeiliVersionError extends MeiliServerError {
  override name = "MeiliVersionError";
}

/** [major, minor, patch] of "1.18.0" or "v1.18.0-rc.1"; null when unreadable. */
export function parseVersion(version: string): [number, number, number] | null {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

export function isSupportedVersion(version: string): boolean {
  const found = parseVersion(version);
  const min = parseVersion(MIN_MEILISEARCH_VERSION);
  if (!found || !min) return false;
  for (let i = 0; i < 3; i += 1) {
    if (found[i] !== min[i]) return (found[i] ?? 0) > (min[i] ?? 0);
  }
  return true;
}

/** The server's version; throws MeiliServerError when it is older than we support. */
export async function checkServerVersion(client: Meilisearch): Promise<string> {
  const { pkgVersion } = await client.getVersion();
  if (!isSupportedVersion(pkgVersion)) {
    throw new MeiliVersionError(
      `Meilisearch ${pkgVersion} is not supported: this site needs ${MIN_MEILISEARCH_VERSION} or newer (upgrade the server, then run npm run search:settings and npm run search:reindex).`,
    );
  }
  return pkgVersion;
}

/** Does an API key's index pattern (Meilisearch's rule: exact, or a prefix ending in `*`) cover this uid? */
export function patternCovers(pattern: string, uid: string): boolean {
  return pattern.endsWith("*") ? uid.startsWith(pattern.slice(0, -1)) : pattern === uid;
}

/**
 * Checks that the admin key may manage both the live index and the fresh
 * `<index>_<time>` a reindex builds: its index pattern must be `<index>*` (or
 * `*`). Only a key that may read keys (`keys.get`) can be checked: the master
 * key is no API key (404) and a narrower key may not ask (403); those pass.
 */
export async function checkAdminKey(client: Meilisearch, adminKey: string, indexUid: string): Promise<"checked" | "unchecked"> {
  let indexes: string[];
  try {
    ({ indexes } = await client.getKey(adminKey));
  } catch (error) {
    if (error instanceof MeilisearchApiError && (error.response.status === 404 || error.response.status === 403)) return "unchecked";
    throw error;
  }
  const fresh = `${indexUid}_20260101000000000`;
  if (!indexes.some((p) => patternCovers(p, indexUid)) || !indexes.some((p) => patternCovers(p, fresh))) {
    throw new MeiliServerError(
      `The Meilisearch admin key's indexes are ${JSON.stringify(indexes)}: it needs "${indexUid}*" (or "*"), so that a reindex can create, swap and delete "${indexUid}_<time>".`,
    );
  }
  return "checked";
}

/** Both checks; the server's version. */
export async function checkServer(client: Meilisearch, adminKey: string, indexUid: string): Promise<string> {
  const version = await checkServerVersion(client);
  await checkAdminKey(client, adminKey, indexUid);
  return version;
}
