import type { ReactNode } from "react";
import { FieldError } from "./field-error";
import { describedBy, errorId, hintId } from "./ids";

/** What the input inside a LabelledField needs to be tied to its label, hint and error. */
export type FieldAria = { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };

type Props = {
  id: string;
  label: ReactNode;
  hint?: string;
  errors?: string[];
  /** Shown between the hint and the input (the editor's moderator notes), and described by this id. */
  note?: { id: string; content: ReactNode };
  className?: string;
  children: (aria: FieldAria) => ReactNode;
};

/** One labelled input with its hint above and its error below, all tied to it for screen readers. */
export function LabelledField({ id, label, hint, errors, note, className, children }: Props) {
  const failed = errors !== undefined && errors.length > 0;
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={hintId(id)} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      {note?.content}
      {children({
        id,
        "aria-invalid": failed ? true : undefined,
        "aria-describedby": describedBy(hint && hintId(id), note && note.content ? note.id : undefined, failed && errorId(id)),
      })}
      <FieldError inputId={id} messages={errors} />
    </div>
  );
}
