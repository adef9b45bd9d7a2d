import { EVIDENCE_LEVELS, type EvidenceLevel } from "@/lib/evidence/levels";

// Where a level stands on the rubric, as three steps filled up to it (none
// when not assessed). Decoration only: the words beside it say the same.

const SIZES = { badge: "h-3 w-4", tag: "h-2 w-2.5" } as const;
export type EvidenceStepsSize = keyof typeof SIZES;

/** The classes of the three steps, filled up to the level; shared with the result cards' HTML (components/search/result-items-html.ts). */
export function evidenceStepClasses(level: EvidenceLevel | null, size: EvidenceStepsSize): string[] {
  const reached = level ? EVIDENCE_LEVELS.indexOf(level) + 1 : 0;
  return EVIDENCE_LEVELS.map((_, i) => `${SIZES[size]} rounded-sm border border-brand-700 ${i < reached ? "bg-brand-700" : "bg-white"}`);
}

export const EVIDENCE_STEPS_CLASS = "flex shrink-0 gap-0.5";

export function EvidenceSteps({ level, size = "badge" }: { level: EvidenceLevel | null; size?: EvidenceStepsSize }) {
  return (
    <span aria-hidden="true" className={EVIDENCE_STEPS_CLASS}>
      {evidenceStepClasses(level, size).map((className, i) => (
        <span key={EVIDENCE_LEVELS[i]} className={className} />
      ))}
    </span>
  );
}
