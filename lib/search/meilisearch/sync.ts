import "server-only";
import type { Meilisearch, WaitOptions } from "meilisearch";
import { absentEntryIds, loadDocuments } from "./documents";
import { quoteFilterValue } from "./filters";
import { succeeded } from "./tasks";

// Writes to one index, each step confirmed by Meilisearch before the next, so
// a returned promise means the index holds the change.

/** How many ids one listing or deletion request carries. */
export const ID_PAGE = 1000;

/** Adds or replaces the documents of the published entries among `entryIds` (all when omitted). */
export async function sendDocuments(
  client: Meilisearch,
  indexUid: string,
  entryIds?: string[],
  onBatch?: (count: number) => void,
  options?: WaitOptions,
): Promise<Set<string>> {
  const sent = new Set<string>();
  const index = client.index(indexUid);
  for await (const batch of loadDocuments(entryIds)) {
    await succeeded(index.addDocuments(batch, { primaryKey: "id" }), options);
    for (const doc of batch) sent.add(doc.id);
    onBatch?.(batch.length);
  }
  return sent;
}

/** Meilisearch's rule for document ids; ours are uuids, which always pass. */
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,511}$/;

export async function deleteDocuments(client: Meilisearch, indexUid: string, ids: string[], options?: WaitOptions): Promise<void> {
  // An id Meilisearch cannot hold is not in the index; sending it could fail
  // the task, and the outbox would retry that delivery for ever.
  const valid = [...new Set(ids)].filter((id) => DOCUMENT_ID.test(id));
  const index = client.index(indexUid);
  for (let i = 0; i < valid.length; i += ID_PAGE) {
    await succeeded(index.deleteDocuments(valid.slice(i, i + ID_PAGE)), options);
  }
}

/** Sends these entries and deletes those among them that are no longer published. */
export async function syncEntries(client: Meilisearch, indexUid: string, entryIds: string[], options?: WaitOptions): Promise<void> {
  if (entryIds.length === 0) return;
  await sendDocuments(client, indexUid, entryIds, undefined, options);
  await deleteDocuments(client, indexUid, await absentEntryIds(entryIds), options);
}

/**
 * Ids held by the index that are not in `keep` (e.g. entries archived or
 * deleted meanwhile). Paged by a cursor on the id (filter `id > last`, sorted
 * by id; Meilisearch 1.16+), not by offset: the outbox may delete documents
 * while the scan runs, and each deletion would shift the later pages by one,
 * so a stray could be skipped.
 */
export async function strayDocumentIds(client: Meilisearch, indexUid: string, keep: Set<string>): Promise<string[]> {
  const index = client.index(indexUid);
  const stray: string[] = [];
  let last: string | null = null;
  for (;;) {
    const page = await index.getDocuments({
      fields: ["id"],
      limit: ID_PAGE,
      sort: ["id:asc"],
      ...(last === null ? {} : { filter: `id > ${quoteFilterValue(last)}` }),
    });
    for (const doc of page.results) {
      const id: unknown = doc.id;
      if (typeof id === "string") {
        last = id;
        if (!keep.has(id)) stray.push(id);
      }
    }
    if (page.results.length < ID_PAGE) return stray;
  }
}
