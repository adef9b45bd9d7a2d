import { useTranslations } from "next-intl";
import { FieldError as KitFieldError } from "@/components/forms/field-error";
import { inputId } from "./field-ids";

/** The form kit's error under one input, addressed by the editor's field path. */
export function FieldError({ path, messages }: { path: string; messages: string[] | undefined }) {
  return <KitFieldError inputId={inputId(path)} messages={messages} />;
}

export function noteId(path: string): string {
  return `${inputId(path)}-note`;
}

/** What the moderator said about this field when asking for changes. */
export function ModeratorNote({ path, note }: { path: string; note: string | undefined }) {
  const t = useTranslations("editor");
  if (!note) return null;
  return (
    <p id={noteId(path)} className="mt-1 rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-sm text-slate-900">
      <span className="font-semibold">{t("moderatorComment")} </span>
      <span className="whitespace-pre-line">{note}</span>
    </p>
  );
}
