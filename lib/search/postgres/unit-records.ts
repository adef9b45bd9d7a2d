import { MATCH_FLAG, type UnitScores } from "../unit-scores";

// The records a unit's read sends (postgres/unit-scores.ts), one per document
// in the order the scan reads them: doc_no (int4), flags (int2) and rank
// (float4), big-endian. Decoded into a unit's scores in doc_no order.

/**
 * The records in doc_no order, each document once: of one read twice (a
 * match and a document of a phrase's word), the match. A record's share is
 * its rank times the unit's words, as PostgreSQL would compute it in single
 * precision.
 */
export function decodeRecords(bytes: Uint8Array, items: number): UnitScores {
  const size = 10;
  const records = Math.floor(bytes.byteLength / size);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const docs = new Int32Array(records);
  const flags = new Uint8Array(records);
  const rank = new Float32Array(records);
  const share = new Float32Array(records);
  let ordered = true;
  for (let i = 0, at = 0; i < records; i++, at += size) {
    docs[i] = view.getInt32(at);
    flags[i] = view.getInt16(at + 4);
    rank[i] = view.getFloat32(at + 6);
    share[i] = Math.fround(rank[i]! * items);
    if (i > 0 && docs[i]! <= docs[i - 1]!) ordered = false;
  }
  if (ordered) return { docs, flags, rank, share, items };
  const order = recordOrder(docs, flags);
  let count = 0;
  const out: UnitScores = { docs: new Int32Array(records), flags: new Uint8Array(records), rank: new Float32Array(records), share: new Float32Array(records), items };
  for (const at of order) {
    if (count > 0 && out.docs[count - 1] === docs[at]) continue;
    out.docs[count] = docs[at]!;
    out.flags[count] = flags[at]!;
    out.rank[count] = rank[at]!;
    out.share[count] = share[at]!;
    count++;
  }
  return count === records ? out : { docs: out.docs.slice(0, count), flags: out.flags.slice(0, count), rank: out.rank.slice(0, count), share: out.share.slice(0, count), items };
}

const PLACES = 2 ** 23;

/** The records' places in doc_no order, a match before another record of its document. */
function recordOrder(docs: Int32Array, flags: Uint8Array): Int32Array {
  const records = docs.length;
  // A number per record that sorts so and says its place, sorted natively:
  // a comparison function took 35 ms for a broad word's 36 000 records.
  if (records < PLACES && docs.every((doc) => doc >= 0 && doc < 2 ** 29)) {
    const keys = new Float64Array(records);
    for (let i = 0; i < records; i++) keys[i] = docs[i]! * 2 * PLACES + (flags[i]! & MATCH_FLAG ? 0 : PLACES) + i;
    keys.sort();
    const order = new Int32Array(records);
    for (let i = 0; i < records; i++) order[i] = keys[i]! % PLACES;
    return order;
  }
  return Int32Array.from({ length: records }, (_, i) => i).sort((a, b) => docs[a]! - docs[b]! || flags[b]! - flags[a]!);
}
