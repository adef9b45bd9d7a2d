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

function Review({ review }: { review: ReviewView }) {
  const fields = Object.entries(review.fieldComments);
  return (
    <>
      <p>
        <strong>{DECISIONS[review.decision] ?? review.decision}</strong> by {review.moderator}, <When date={review.createdAt} withTime />
      </p>
      {review.comment && <p className="mt-1 whitespace-pre-wrap">{review.comment}</p>}
      {fields.length > 0 && (
        <dl className="mt-2 space-y-1 border-l-2 border-slate-300 pl-3">
          {fields.map(([field, comment]) => (
            <div key={field}>
              <dt className="font-semibold">{fieldLabel(field)}</dt>
              <dd className="whitespace-pre-wrap">{comment}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

/** The latest review stands out; earlier ones follow, newest first. */
export function ReviewHistory({ reviews }: { reviews: ReviewView[] }) {
  if (reviews.length === 0) return null;
  const [latest, ...earlier] = [...reviews].reverse();
  return (
    <section aria-labelledby="reviews-heading" className="space-y-3">
      <h2 id="reviews-heading" className="text-lg font-semibold">
        What the moderators said
      </h2>
      {latest && (
        <div className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-4">
          <Review review={latest} />
        </div>
      )}
      {earlier.length > 0 && (
        <details className="rounded-md border border-slate-200 p-3 text-sm">
          <summary className="cursor-pointer font-semibold">Earlier reviews ({earlier.length})</summary>
          <ol className="mt-2 space-y-3">
            {earlier.map((r) => (
              <li key={r.createdAt.toISOString()}>
                <Review review={r} />
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
