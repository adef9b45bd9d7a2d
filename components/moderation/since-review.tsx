import type { FieldChange } from "@/lib/submissions/fields";
import { Section } from "@/components/ui/section";
import { DiffTable } from "./field-diff";

/** On a resubmission: what the organisation changed after the last review. */
export function SinceReview({ changes }: { changes: FieldChange[] }) {
  return (
    <Section id="since-review" title="Changed since the last review" size="panel" className="rounded-lg border-2 border-amber-700 p-4">
      {changes.length === 0 ? (
        <p className="mt-2 text-slate-700">Nothing: the proposal was sent back exactly as it was reviewed.</p>
      ) : (
        <>
          <p className="mb-3 mt-1 text-sm text-slate-700">
            {changes.length === 1 ? "One field was" : `${changes.length} fields were`} changed after the last decision.
          </p>
          <DiffTable
            caption="Fields changed since the last review"
            changes={changes}
            beforeHeading="Before (as last reviewed)"
            afterHeading="After (as resubmitted)"
          />
        </>
      )}
    </Section>
  );
}
