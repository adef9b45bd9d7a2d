import { useTranslations } from "next-intl";
import { StatusMessage } from "@/components/forms/status-message";

const DONE = ["created", "saved", "submitted", "deleted"] as const;
type Done = (typeof DONE)[number];

const isDone = (value: string | undefined): value is Done => DONE.some((d) => d === value);

/** Confirms what the last action did, after its redirect. */
export function DoneMessage({ done }: { done: string | undefined }) {
  const t = useTranslations("contributions.done");
  if (!isDone(done)) return null;
  return (
    <StatusMessage>
      <span aria-hidden="true">✓ </span>
      {t(done)}
    </StatusMessage>
  );
}
