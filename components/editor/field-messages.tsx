import { errorId, inputId } from "./editor-state";

/** The error under one input; its id is what the input's aria-describedby points at. */
export function FieldError({ path, messages }: { path: string; messages: string[] | undefined }) {
  if (!messages) return null;
  return (
    <p id={errorId(path)} className="mt-1 text-sm font-semibold text-red-800">
      <span aria-hidden="true">⚠ </span>
      <span className="sr-only">Error: </span>
      {messages.join(" ")}
    </p>
  );
}

export function noteId(path: string): string {
  return `${inputId(path)}-note`;
}

/** What the moderator said about this field when asking for changes. */
export function ModeratorNote({ path, note }: { path: string; note: string | undefined }) {
  if (!note) return null;
  return (
    <p id={noteId(path)} className="mt-1 rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-sm text-slate-900">
      <span className="font-semibold">Moderator’s comment: </span>
      <span className="whitespace-pre-line">{note}</span>
    </p>
  );
}
