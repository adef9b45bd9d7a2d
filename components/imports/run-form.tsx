import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ImportMode } from "@/lib/imports/limits";
import { MODE_HINTS, MODE_LABELS } from "./labels";

type Props = { action: (form: FormData) => Promise<void>; id: string; mode: ImportMode; organisation: string | null; skipDuplicates: boolean; ready: number; duplicates: number };

/** Runs a checked import; a plain form, so it works without JavaScript. */
export function RunForm({ action, id, mode, organisation, skipDuplicates, ready, duplicates }: Props) {
  const t = useTranslations("imports");
  const nothing = ready === 0;
  const strong = (chunks: ReactNode) => <span className="font-semibold">{chunks}</span>;
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="id" value={id} />
      <p>
        {organisation === null
          ? t.rich("run.modeForNobody", { mode: t(MODE_LABELS[mode]), strong })
          : t.rich("run.modeFor", { mode: t(MODE_LABELS[mode]), organisation, strong })}{" "}
        {t(MODE_HINTS[mode])}
      </p>
      <div className="flex items-start gap-2">
        <input
          id="run-skip"
          type="checkbox"
          name="skipDuplicates"
          value="yes"
          defaultChecked={skipDuplicates}
          aria-describedby="run-skip-hint"
          className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
        />
        <div>
          <label htmlFor="run-skip">{t("run.skip")}</label>
          <p id="run-skip-hint" className="text-sm text-slate-600">
            {duplicates === 0 ? t("run.noDuplicates") : t("run.duplicates", { count: duplicates })} {t("run.errorsLeftOut")}
          </p>
        </div>
      </div>
      <button
        type="submit"
        disabled={nothing}
        aria-describedby={nothing ? "run-nothing" : undefined}
        className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-60"
      >
        {t("run.button")}
      </button>
      {nothing && (
        <p id="run-nothing" className="text-sm text-slate-700">
          {t("run.nothing")}
        </p>
      )}
    </form>
  );
}
