import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { listQueue, queueFilterSchema } from "@/lib/submissions/queue";
import { DecisionDone } from "@/components/moderation/decision-done";
import { EntryLookupForm } from "@/components/moderation/entry-lookup-form";
import { QueueFilters } from "@/components/moderation/queue-filters";
import { QueueTable } from "@/components/moderation/queue-table";
import { Section } from "@/components/ui/section";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Moderation queue", robots: { index: false, follow: false } };

function countText(count: number, filtered: boolean): string {
  const noun = count === 1 ? "proposal" : "proposals";
  return filtered ? `${count} ${noun} match these filters` : `${count} ${noun} ${count === 1 ? "waits" : "wait"} for review`;
}

export default async function ModerationQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const filter = queueFilterSchema.parse({
    kind: firstParam(params.kind),
    country: firstParam(params.country),
    minDays: firstParam(params.minDays),
  });
  const items = await listQueue(await currentActor(), filter);
  if (!items) notFound();
  const filtered = filter.kind !== undefined || filter.country !== undefined || filter.minDays !== undefined;
  const now = new Date();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-2xl font-bold">Moderation queue</h1>
        <nav aria-label="Moderation" className="flex gap-4 text-sm">
          <Link href="/moderation/imports">Import entries</Link>
          <Link href="/moderation/audit">Audit log</Link>
        </nav>
      </div>
      <DecisionDone done={firstParam(params.done)} entrySlug={firstParam(params.entry)} />
      <p className="max-w-3xl text-slate-700">Proposals waiting for a decision, the longest-waiting first.</p>
      <QueueFilters filter={filter} />
      {items.length > 0 ? (
        <QueueTable items={items} caption={countText(items.length, filtered)} now={now} />
      ) : (
        <EmptyState
          title="Nothing waits for review"
          message={filtered ? "No proposal in the queue matches these filters." : "Every submitted proposal has been handled. Well done."}
        >
          {filtered && (
            <p className="mt-2">
              <Link href="/moderation">Show the whole queue</Link>
            </p>
          )}
        </EmptyState>
      )}
      <Section id="lookup" title="History of a published entry" size="panel" className="border-t border-slate-200 pt-6">
        <p className="mb-3 text-sm text-slate-700">See every version of an entry, who approved it, and archive it if it should leave the site.</p>
        <EntryLookupForm />
      </Section>
    </div>
  );
}
