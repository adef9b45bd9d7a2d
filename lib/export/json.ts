import type { ExportRecord } from "./columns";

/** The records as one JSON array, a batch per chunk, never the whole text at once. */
export async function* jsonChunks(batches: AsyncIterable<ExportRecord[]>): AsyncGenerator<string> {
  yield "[";
  let first = true;
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    yield `${first ? "\n" : ",\n"}${batch.map((record) => JSON.stringify(record)).join(",\n")}`;
    first = false;
  }
  yield "\n]\n";
}
