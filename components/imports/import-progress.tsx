"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { z } from "zod";
import { IMPORT_STATES } from "@/lib/imports/limits";
import { formatNumber, formatPercent } from "@/lib/format/numbers";

const POLL_MS = 1000;
const progressSchema = z.object({ state: z.enum(IMPORT_STATES), processed: z.number().int(), total: z.number().int() });
type Progress = z.infer<typeof progressSchema>;

/**
 * A running import's progress, asked for every second; when the run is over
 * the page is rendered again to show its outcome. Without JavaScript the
 * server-rendered numbers and a reload link stand in.
 */
export function ImportProgress({ id, processed, total }: { id: string; processed: number; total: number }) {
  const router = useRouter();
  const [progress, setProgress] = useState<Progress>({ state: "running", processed, total });

  useEffect(() => {
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const response = await fetch(`/moderation/imports/${encodeURIComponent(id)}/progress`, { cache: "no-store" });
        const parsed = progressSchema.safeParse(response.ok ? await response.json() : null);
        if (stopped || !parsed.success) return;
        setProgress(parsed.data);
        if (parsed.data.state !== "running") {
          clearInterval(timer);
          router.refresh();
        }
      } catch {
        // A missed reading is made up by the next one.
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [id, router]);

  const max = Math.max(progress.total, 1);
  return (
    <div className="space-y-2">
      <label htmlFor="import-progress" className="font-semibold">
        Importing
      </label>
      <progress id="import-progress" max={max} value={Math.min(progress.processed, max)} className="block h-4 w-full max-w-xl accent-brand-700">
        {formatPercent((100 * progress.processed) / max)}
      </progress>
      <p role="status" aria-live="polite">
        {formatNumber(progress.processed)} of {formatNumber(progress.total)} rows
      </p>
      <noscript>
        <p>
          This page does not update by itself without JavaScript. <a href={`/moderation/imports/${id}`}>Reload it</a> to see how far the import has got.
        </p>
      </noscript>
    </div>
  );
}
