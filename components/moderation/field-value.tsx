import type { FieldName } from "@/lib/submissions/schema";

/** One field's value as text: never rendered as HTML, whatever it holds. */
export function FieldValue({ field, lines }: { field: FieldName; lines: string[] }) {
  if (lines.length === 0) return <span className="italic text-slate-600">Empty</span>;
  if (field === "description") {
    return <pre className="max-h-96 overflow-y-auto whitespace-pre-wrap break-words font-sans text-sm">{lines.join("\n")}</pre>;
  }
  if (lines.length === 1) return <span className="whitespace-pre-wrap break-words">{lines[0]}</span>;
  return (
    <ul className="list-disc space-y-0.5 pl-5">
      {lines.map((line, i) => (
        <li key={i} className="break-words">
          {line}
        </li>
      ))}
    </ul>
  );
}
