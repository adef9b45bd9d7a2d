import { FIELD_LABELS } from "@/lib/submissions/fields";
import { fieldNameSchema } from "@/lib/submissions/schema";
import type { ReviewView } from "@/lib/submissions/views";
import { When } from "@/components/ui/when";

const DECISIONS: Record<string, string> = {
  approve: "Approved",
  request_changes: "Asked for changes",
  reject: "Rejected",
};

function fieldLabel(field: string): string {
  const parsed = fieldNameSchema.safeParse(field);
  return parsed.success ? FIELD_LABELS[parsed.data] : field;
}

export function ReviewHistory({ reviews }: { reviews: ReviewView[] }) {
  if (reviews.length === 0) return null;
  return (
    <section aria-labelledby="reviews-heading">
      <h2 id="reviews-heading" className="text-lg font-semibold">
        Earlier reviews
      </h2>
      <ol className="mt-2 space-y-3">
        {reviews.map((r, i) => (
          <li key={i} className="rounded-md border border-slate-200 p-3 text-sm">
            <p>
              <strong>{DECISIONS[r.decision] ?? r.decision}</strong> by {r.moderator} on <When date={r.createdAt} withTime />
            </p>
            {r.comment && <p className="mt-1 whitespace-pre-wrap">{r.comment}</p>}
            {Object.keys(r.fieldComments).length > 0 && (
              <dl className="mt-2 space-y-1 border-l-2 border-slate-300 pl-3">
                {Object.entries(r.fieldComments).map(([field, comment]) => (
                  <div key={field}>
                    <dt className="font-semibold">{fieldLabel(field)}</dt>
                    <dd className="whitespace-pre-wrap">{comment}</dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
