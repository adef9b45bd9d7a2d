import { FieldError } from "./field-error";
import { describedBy, errorId, fieldId, hintId } from "./ids";

type Props = {
  /** The form's id prefix, so two forms on a page never share an id. */
  form: string;
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "url";
  autoComplete?: string;
  defaultValue?: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  maxLength?: number;
};

export const INPUT_CLASS =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-800";

/** A labelled input whose hint and error are tied to it with aria-describedby. */
export function TextField({ form, name, label, type = "text", autoComplete, defaultValue, hint, errors, required = true, maxLength }: Props) {
  const id = fieldId(form, name);
  const failed = errors !== undefined && errors.length > 0;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={hintId(id)} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required={required}
        maxLength={maxLength}
        aria-invalid={failed ? true : undefined}
        aria-describedby={describedBy(hint && hintId(id), failed && errorId(id))}
        className={INPUT_CLASS}
      />
      <FieldError inputId={id} messages={errors} />
    </div>
  );
}
