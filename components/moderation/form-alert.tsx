import type { FormState } from "./form-state";

/**
 * The failure of the last submission, announced as it appears. Errors that no
 * input shows (a field of the proposal itself, say) are listed here.
 */
export function FormAlert({ state, shownInline, labelOf }: { state: FormState; shownInline: (key: string) => boolean; labelOf: (key: string) => string }) {
  if (state.code === "idle") return null;
  const others = Object.entries(state.fieldErrors).filter(([key]) => !shownInline(key));
  return (
    <div role="alert" className="rounded-md border-2 border-red-800 bg-red-50 px-4 py-3 text-red-900">
      <p className="font-semibold">{state.message}</p>
      {others.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {others.map(([key, messages]) => (
            <li key={key}>
              {labelOf(key)}: {messages.join(" ")}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
