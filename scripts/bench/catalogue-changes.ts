import { setTimeout as sleep } from "node:timers/promises";

// What a moderator's approvals do to a running site: now and then an entry's
// search document is written again, which moves the catalogue's generation
// (ADR 010). The bench changes two random entries this often while a row is
// measured, through the indexer every approval goes through.

/** Starts changing two random entries every `everyMs`; the returned function stops it and says how many changes were made. */
export function changeEntriesEvery(everyMs: number): () => Promise<number> {
  let running = true;
  let changes = 0;
  const loop = (async () => {
    const { db } = await import("../../lib/db");
    const { indexDocuments } = await import("../../lib/search/postgres/indexer");
    while (running) {
      await sleep(everyMs);
      if (!running) break;
      const rows = await db.$queryRaw<{ id: string }[]>`SELECT id FROM entries WHERE archived_at IS NULL ORDER BY random() LIMIT 2`;
      await db.$transaction((tx) => indexDocuments(rows.map((r) => r.id), tx));
      changes++;
    }
  })();
  return async () => {
    running = false;
    await loop;
    return changes;
  };
}
