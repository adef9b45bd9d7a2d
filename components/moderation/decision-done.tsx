import Link from "next/link";
import { StatusMessage } from "@/components/forms/status-message";

const DONE = {
  approved: "Approved. The entry is published and the organisation has been told.",
  changes_requested: "Changes requested. The organisation has been told what to change.",
  rejected: "Rejected. The organisation has been told why.",
} as const;

function isDone(value: string | undefined): value is keyof typeof DONE {
  return value !== undefined && Object.hasOwn(DONE, value);
}

/** The message after a decision, carried by ?done= because the action redirects. */
export function DecisionDone({ done, entrySlug }: { done: string | undefined; entrySlug: string | undefined }) {
  if (!isDone(done)) return null;
  return (
    <StatusMessage>
      {DONE[done]}
      {done === "approved" && entrySlug && (
        <>
          {" "}
          <Link href={`/entries/${encodeURIComponent(entrySlug)}`}>See the published entry</Link>.
        </>
      )}
    </StatusMessage>
  );
}
