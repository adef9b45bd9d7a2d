/** What the duplicate checks look at in a row. */
export type DuplicateProbe = { row: number; title: string; kind: string; countries: string[]; slug?: string | undefined };
