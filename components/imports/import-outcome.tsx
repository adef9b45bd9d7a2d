import Link from "next/link";
import type { ImportView } from "@/lib/imports/views";
import { StatusMessage } from "@/components/forms/status-message";
import { Section } from "@/components/ui/section";

const SHOWN = 50;

/** What a finished run created, with the ways to look at it. */
export function ImportOutcome({ view }: { view: ImportView }) {
  const outcome = view.report.outcome;
  const imported = outcome?.imported ?? view.processedRows;
  const skipped = outcome?.skipped ?? 0;
  const entries = outcome?.entries ?? [];
  return (
    <Section id="outcome" title="Outcome" size="panel" className="space-y-3">
      <StatusMessage>
        {view.mode === "publish"
          ? `${imported} ${imported === 1 ? "entry was" : "entries were"} published.`
          : `${imported} ${imported === 1 ? "proposal waits" : "proposals wait"} for review in the moderation queue.`}{" "}
        {skipped > 0 && `${skipped} ${skipped === 1 ? "row was" : "rows were"} left out.`}
      </StatusMessage>
      {view.mode === "publish" && entries.length > 0 && (
        <>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {entries.slice(0, SHOWN).map((e) => (
              <li key={e.slug}>
                <Link href={`/entries/${e.slug}`}>{e.title}</Link>
              </li>
            ))}
          </ul>
          {entries.length > SHOWN && <p className="text-sm text-slate-700">And {entries.length - SHOWN} more.</p>}
        </>
      )}
      <ul className="flex flex-wrap gap-4 text-sm">
        {view.mode === "proposals" && (
          <li>
            <Link href="/moderation">Open the moderation queue</Link>
          </li>
        )}
        <li>
          <Link href="/moderation/audit">See the audit log</Link>
        </li>
        <li>
          <Link href="/moderation/imports">Import another file</Link>
        </li>
      </ul>
    </Section>
  );
}
