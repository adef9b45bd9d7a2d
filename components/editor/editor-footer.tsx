"use client";

// Stays in view at the bottom from sm up; on a phone it would cover a third of the
// screen, so there it is the end of the form.
import { useTranslations } from "next-intl";

export function EditorButtons({ pending, resubmission }: { pending: boolean; resubmission: boolean }) {
  const t = useTranslations("editor.buttons");
  return (
    <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white py-4 sm:sticky sm:bottom-0">
      <button
        type="submit"
        name="intent"
        value="save"
        disabled={pending}
        className="rounded-md border border-brand-700 bg-white px-5 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60"
      >
        {resubmission ? t("saveChanges") : t("saveDraft")}
      </button>
      <button type="submit" name="intent" value="submit" disabled={pending} className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        {resubmission ? t("resubmit") : t("submit")}
      </button>
      <p aria-live="polite" className="text-sm text-slate-700">
        {pending ? t("saving") : t("explain")}
      </p>
    </div>
  );
}
