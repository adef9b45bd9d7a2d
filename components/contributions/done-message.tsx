import { StatusMessage } from "@/components/forms/status-message";

const MESSAGES: Record<string, string> = {
  created: "Your draft is started. Fill in the rest whenever you like; save it as often as you want.",
  saved: "Draft saved.",
  submitted: "Sent for review. We will let you know when a moderator has looked at it.",
  deleted: "The draft was deleted.",
};

/** Confirms what the last action did, after its redirect. */
export function DoneMessage({ done }: { done: string | undefined }) {
  const message = done ? MESSAGES[done] : undefined;
  if (!message) return null;
  return (
    <StatusMessage>
      <span aria-hidden="true">✓ </span>
      {message}
    </StatusMessage>
  );
}
