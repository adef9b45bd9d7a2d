import type { DuplicateProbe } from "./probe";

// Rows of one file that repeat an earlier row: the same entry twice.

/** Titles compared the way people read them: case, accents and spacing aside. */
export function titleKey(title: string, kind: string): string {
  const plain = title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  return `${kind}\n${plain}`;
}

/** For each row, the first earlier row of the file with the same title and kind. */
export function sameInFile(probes: DuplicateProbe[]): Map<number, number> {
  const first = new Map<string, number>();
  const same = new Map<number, number>();
  for (const p of probes) {
    const key = titleKey(p.title, p.kind);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, p.row);
    else same.set(p.row, earlier);
  }
  return same;
}
