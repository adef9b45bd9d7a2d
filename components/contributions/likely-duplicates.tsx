import Link from "next/link";
import { labelOf } from "@/lib/catalogue/vocabularies";
import type { LikelyDuplicate } from "@/lib/submissions/duplicates";

/** Shown before submitting, so nobody proposes what the catalogue already has. */
export function LikelyDuplicates({ duplicates }: { duplicates: LikelyDuplicate[] }) {
  if (duplicates.length === 0) return null;
  return (
    <section aria-labelledby="duplicates-heading" className="rounded-md border border-amber-600 bg-amber-50 p-4">
      <h2 id="duplicates-heading" className="font-semibold">
        These published entries look similar
      </h2>
      <p className="mt-1 text-sm text-slate-800">
        Check that yours is not already in the catalogue. If it is, propose changes to that entry instead of adding a new one.
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {duplicates.map((d) => (
          <li key={d.slug}>
            <Link href={`/entries/${d.slug}`}>{d.title}</Link> ({labelOf("kind", d.kind)}; {d.reasons.join(", ")})
          </li>
        ))}
      </ul>
    </section>
  );
}
