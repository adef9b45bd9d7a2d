"use client";

import { useLocale } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import { z } from "zod";
import { IMPORT_STATES } from "@/lib/imports/limits";
import { formatNumber, formatPercent } from "@/lib/format/numbers";

/**
 * Its words, from the server (the imports namespace stays off the client):
 * rows is a message with plain {processed} and {total} placeholders, filled in
 * here as the numbers change; noScript comes rendered, with its link.
 */
export type ProgressTexts = { label: string; rows: string; noScript: ReactNode };

const POLL_MS = 1000;
const progressSchema = z.object({ state: z.enum(IMPORT_STATES), processed: z.number().int(), total: z.number().int() });
type Progress = z.infer<typeof progressSchema>;

/**
 * A running import's progress, asked for every second; when the run is over
 * the page is rendered again to show its outcome. Without JavaScript the
 * server-rendered numbers and a reload link stand in.
 */
export function ImportProgress({ id, processed, total, texts }: { id: string; processed: number; total: number; texts: ProgressTexts }) {
  const locale = useLocale();
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
        {texts.label}
      </label>
      <progress id="import-progress" max={max} value={Math.min(progress.processed, max)} className="block h-4 w-full max-w-xl accent-brand-700">
        {formatPercent((100 * progress.processed) / max, locale)}
      </progress>
      <p role="status" aria-live="polite">
        {texts.rows.replace("{processed}", formatNumber(progress.processed, locale)).replace("{total}", formatNumber(progress.total, locale))}
      </p>
      <noscript>
        <p>{texts.noScript}</p>
      </noscript>
    </div>
  );
}
