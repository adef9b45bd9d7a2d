import { EVIDENCE_LEVELS, type EvidenceLevel } from "@/lib/evidence/levels";

// Where a level stands on the rubric, as three steps filled up to it (none
// when not assessed). Decoration only: the words beside it say the same.

const SIZES = { badge: "h-3 w-4", tag: "h-2 w-2.5" } as const;

export function EvidenceSteps({ level, size = "badge" }: { level: EvidenceLevel | null; size?: keyof typeof SIZES }) {
  const reached = level ? EVIDENCE_LEVELS.indexOf(level) + 1 : 0;
  return (
    <span aria-hidden="true" className="flex shrink-0 gap-0.5">
      {EVIDENCE_LEVELS.map((step, i) => (
        <span key={step} className={`${SIZES[size]} rounded-sm border border-brand-700 ${i < reached ? "bg-brand-700" : "bg-white"}`} />
      ))}
    </span>
  );
}
