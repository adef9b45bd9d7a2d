import { FieldError } from "./field-error";
import { describedBy, errorId, fieldId } from "./ids";

/** The "confirm" box of an action that cannot be undone (lib/forms/confirmation.ts checks it). */
type Props = { form: string; messages: string[] | undefined; children: React.ReactNode; /** Let the browser insist too. */ required?: boolean };

export function ConfirmBox({ form, messages, children, required }: Props) {
  const id = fieldId(form, "confirm");
  return (
    <div>
      <div className="flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          name="confirm"
          value="yes"
          required={required}
          aria-invalid={messages ? true : undefined}
          aria-describedby={describedBy(messages && errorId(id))}
          className="mt-1 h-4 w-4 shrink-0 accent-red-800"
        />
        <label htmlFor={id}>{children}</label>
      </div>
      <FieldError inputId={id} messages={messages} />
    </div>
  );
}
