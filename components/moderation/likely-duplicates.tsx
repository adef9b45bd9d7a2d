import Link from "next/link";
import { labelOf } from "@/lib/catalogue/vocabularies";
import type { LikelyDuplicate } from "@/lib/submissions/duplicates";

export function LikelyDuplicates({ duplicates }: { duplicates: LikelyDuplicate[] }) {
  return (
    <section aria-labelledby="duplicates-heading">
      <h2 id="duplicates-heading" className="text-lg font-semibold">
        Possible duplicates
      </h2>
      {duplicates.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">No published entry looks like this one.</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-700">These published entries look similar. Check that this is not one of them.</p>
          <ul className="mt-2 space-y-1 text-sm">
            {duplicates.map((d) => (
              <li key={d.slug}>
                <Link href={`/entries/${d.slug}`}>{d.title}</Link> ({labelOf("kind", d.kind)}): {d.reasons.join(", ")}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
