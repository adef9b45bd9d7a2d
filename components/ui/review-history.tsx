import { useTranslations } from "next-intl";
import { decisionLabel } from "@/lib/submissions/decisions";
import { fieldLabel } from "@/lib/submissions/fields";
import type { ReviewView } from "@/lib/submissions/views";
import { Section } from "./section";
import { When } from "./when";

function Review({ review }: { review: ReviewView }) {
  const t = useTranslations("ui.reviews");
  const fields = Object.entries(review.fieldComments);
  return (
    <>
      <p>
        {t.rich("decision", {
          decision: () => <strong>{decisionLabel(review.decision)}</strong>,
          moderator: review.moderator,
          when: () => <When date={review.createdAt} withTime />,
        })}
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

type ReviewHistoryProps = {
  /** Oldest first, as they were written. */
  reviews: ReviewView[];
  heading: string;
  /**
   * For the member who has to act on it: the latest review stands out and
   * earlier ones are folded away, newest first. Without it (moderators, who
   * read the whole exchange) every review is listed in the order written.
   */
  latestApart?: boolean;
};

function ReviewList({ reviews, boxed = false }: { reviews: ReviewView[]; boxed?: boolean }) {
  return (
    <ol className="mt-2 space-y-3">
      {reviews.map((r, i) => (
        <li key={i} className={boxed ? "rounded-md border border-slate-200 p-3 text-sm" : undefined}>
          <Review review={r} />
        </li>
      ))}
    </ol>
  );
}

function LatestApart({ reviews }: { reviews: ReviewView[] }) {
  const t = useTranslations("ui.reviews");
  const [latest, ...earlier] = [...reviews].reverse();
  return (
    <>
      {latest && (
        <div className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-4">
          <Review review={latest} />
        </div>
      )}
      {earlier.length > 0 && (
        <details className="rounded-md border border-slate-200 p-3 text-sm">
          <summary className="cursor-pointer font-semibold">{t("earlier", { count: earlier.length })}</summary>
          <ReviewList reviews={earlier} />
        </details>
      )}
    </>
  );
}

export function ReviewHistory({ reviews, heading, latestApart = false }: ReviewHistoryProps) {
  if (reviews.length === 0) return null;
  return (
    <Section id="reviews" title={heading} size="panel" className="space-y-3">
      {latestApart ? <LatestApart reviews={reviews} /> : <ReviewList reviews={reviews} boxed />}
    </Section>
  );
}
