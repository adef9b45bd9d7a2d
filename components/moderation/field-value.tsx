import { useTranslations } from "next-intl";
import { Fragment } from "react";
import { renderMarkdown } from "@/lib/catalogue/markdown";
import { isWebAddress } from "@/lib/forms/web-address";
import type { FieldName } from "@/lib/submissions/schema";

// The parts of a source's line (title — address — note, as displayField joins them).
const PARTS = " — ";

/** A line of text whose parts that are http(s) addresses are links; everything else stays text. */
function LinkedLine({ line }: { line: string }) {
  return line.split(PARTS).map((part, i) => (
    <Fragment key={i}>
      {i > 0 && PARTS}
      {isWebAddress(part) ? (
        <a href={part} rel="noopener nofollow ugc" className="break-all">
          {part}
        </a>
      ) : (
        part
      )}
    </Fragment>
  ));
}

/** The description as the entry page shows it (sanitised Markdown), with its source a click away. */
function Description({ markdown }: { markdown: string }) {
  const t = useTranslations("moderation.diff");
  return (
    <div>
      <div className="prose-entry break-words text-sm" data-rendered-description dangerouslySetInnerHTML={{ __html: renderMarkdown(markdown) }} />
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-semibold text-brand-800">{t("markdownSource")}</summary>
        <pre className="mt-1 whitespace-pre-wrap break-words rounded bg-slate-50 p-2 font-mono text-xs">{markdown}</pre>
      </details>
    </div>
  );
}

/** One field's value: text, never HTML, except the description, which is sanitised as on the entry page; web addresses are links. */
export function FieldValue({ field, lines }: { field: FieldName; lines: string[] }) {
  const t = useTranslations("moderation.diff");
  if (lines.length === 0) return <span className="italic text-slate-600">{t("empty")}</span>;
  if (field === "description") return <Description markdown={lines.join("\n")} />;
  const linked = field === "website" || field === "sources";
  const show = (line: string) => (linked ? <LinkedLine line={line} /> : line);
  if (lines.length === 1) return <span className="whitespace-pre-wrap break-words">{show(lines[0] ?? "")}</span>;
  return (
    <ul className="list-disc space-y-0.5 pl-5">
      {lines.map((line, i) => (
        <li key={i} className="break-words">
          {show(line)}
        </li>
      ))}
    </ul>
  );
}
