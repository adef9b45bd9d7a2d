import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { StatusMessage } from "@/components/forms/status-message";

const DONE = { approved: "approved", changes_requested: "changesRequested", rejected: "rejected" } as const;

function isDone(value: string | undefined): value is keyof typeof DONE {
  return value !== undefined && Object.hasOwn(DONE, value);
}

/** The message after a decision, carried by ?done= because the action redirects. */
export function DecisionDone({ done, entrySlug }: { done: string | undefined; entrySlug: string | undefined }) {
  const t = useTranslations("moderation.done");
  if (!isDone(done)) return null;
  return (
    <StatusMessage>
      {t(DONE[done])}
      {done === "approved" && entrySlug && (
        <>
          {" "}
          {t.rich("seePublished", { link: (chunks) => <Link href={`/entries/${encodeURIComponent(entrySlug)}`}>{chunks}</Link> })}
        </>
      )}
    </StatusMessage>
  );
}
