import { useLocale } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import type { LikelyDuplicate } from "@/lib/submissions/duplicates";
import { Section } from "./section";

/** A published entry that looks like the one at hand, and why: "Title (Kind): same title, same country". */
export function DuplicateSummary({ duplicate }: { duplicate: LikelyDuplicate }) {
  const locale = useLocale();
  return (
    <>
      <Link href={`/entries/${duplicate.slug}`}>{duplicate.title}</Link> ({vocabularyLabel("kind", duplicate.kind, locale)}): {duplicate.reasons.join(", ")}
    </>
  );
}

type LikelyDuplicatesProps = {
  duplicates: LikelyDuplicate[];
  heading: string;
  /** What to check, above the list. */
  intro: string;
  /** Said when nothing looks alike; without it, nothing is shown then. */
  whenNone?: string;
  /** A warning box, for the member about to submit. */
  warn?: boolean;
};

export function LikelyDuplicates({ duplicates, heading, intro, whenNone, warn = false }: LikelyDuplicatesProps) {
  if (duplicates.length === 0 && whenNone === undefined) return null;
  return (
    <Section id="duplicates" title={heading} size="panel" className={warn ? "rounded-md border border-amber-600 bg-amber-50 p-4" : undefined}>
      <p className="mt-1 text-sm text-slate-700">{duplicates.length === 0 ? whenNone : intro}</p>
      {duplicates.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {duplicates.map((d) => (
            <li key={d.slug}>
              <DuplicateSummary duplicate={d} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
