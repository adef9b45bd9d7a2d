"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition, type KeyboardEvent } from "react";
import { inputId } from "./field-ids";
import { TextField } from "./text-field";
import { useHydrated } from "@/components/ui/use-hydrated";

export type PreviewAction = (markdown: string) => Promise<{ html: string }>;

type Props = { defaultValue?: string; preview: PreviewAction; serverPreviewHtml: string | null };

type Tab = "write" | "preview";

/** HTML from the server's Markdown sanitiser, and only from it. */
function SanitisedHtml({ html }: { html: string }) {
  return <div className="prose-entry" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function DescriptionField({ defaultValue, preview, serverPreviewHtml }: Props) {
  const hydrated = useHydrated();
  const t = useTranslations("editor");
  const base = useId();
  const [tab, setTab] = useState<Tab>("write");
  const [html, setHtml] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const show = (next: Tab) => {
    setTab(next);
    if (next !== "preview") return;
    const textarea = document.getElementById(inputId("description"));
    const markdown = textarea instanceof HTMLTextAreaElement ? textarea.value : "";
    startTransition(async () => setHtml((await preview(markdown)).html));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
    const next = tab === "write" ? "preview" : "write";
    show(next);
    document.getElementById(`${base}-${next}-tab`)?.focus();
  };
  const tabClass = (t: Tab) =>
    `rounded-t-md border border-b-0 px-4 py-1.5 text-sm font-semibold ${tab === t ? "border-slate-400 bg-white text-slate-900" : "border-transparent text-brand-700 underline"}`;

  return (
    <div>
      {hydrated && (
        <div role="tablist" aria-label={t("fields.description")} onKeyDown={onKeyDown} className="flex gap-1 border-b border-slate-400">
          {(["write", "preview"] as const).map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={`${base}-${name}-tab`}
              aria-selected={tab === name}
              aria-controls={`${base}-${name}`}
              tabIndex={tab === name ? 0 : -1}
              onClick={() => show(name)}
              className={tabClass(name)}
            >
              {t(`description.${name}`)}
            </button>
          ))}
        </div>
      )}
      <div id={`${base}-write`} role={hydrated ? "tabpanel" : undefined} aria-labelledby={hydrated ? `${base}-write-tab` : undefined} hidden={tab !== "write"} className="pt-2">
        <TextField
          path="description"
          label={t("fields.description")}
          required
          rows={12}
          maxLength={20_000}
          defaultValue={defaultValue}
          hint={t("description.hint")}
        />
        {!hydrated && (
          <button type="submit" name="intent" value="preview" formNoValidate className="mt-2 rounded-md border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700">
            {t("description.previewButton")}
          </button>
        )}
        {serverPreviewHtml !== null && tab === "write" && (
          <section aria-label={t("description.previewRegion")} className="mt-3 rounded-md border border-dashed border-slate-400 p-4">
            <p className="text-sm font-semibold text-slate-600">{t("description.notSaved")}</p>
            {serverPreviewHtml === "" ? <p className="text-slate-600">{t("description.nothing")}</p> : <SanitisedHtml html={serverPreviewHtml} />}
          </section>
        )}
      </div>
      {hydrated && (
        <div id={`${base}-preview`} role="tabpanel" aria-labelledby={`${base}-preview-tab`} hidden={tab !== "preview"} tabIndex={0} className="min-h-40 rounded-b-md border border-t-0 border-slate-400 p-4">
          <div aria-live="polite">
            {pending && <p className="text-slate-600">{t("description.preparing")}</p>}
            {!pending && html === "" && <p className="text-slate-600">{t("description.nothing")}</p>}
            {!pending && html && <SanitisedHtml html={html} />}
          </div>
        </div>
      )}
    </div>
  );
}
