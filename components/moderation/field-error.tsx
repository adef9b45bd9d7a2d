import { errorId } from "./form-state";

/** The error under one input; its id is what the input's aria-describedby points at. */
export function FieldError({ form, field, messages }: { form: string; field: string; messages: string[] | undefined }) {
  if (!messages || messages.length === 0) return null;
  return (
    <p id={errorId(form, field)} className="mt-1 text-sm font-semibold text-red-800">
      <span aria-hidden="true">⚠ </span>
      {messages.join(" ")}
    </p>
  );
}

export function describedBy(form: string, field: string, messages: string[] | undefined, hint?: string): string | undefined {
  const ids = [hint, messages && messages.length > 0 ? errorId(form, field) : undefined].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}
