import { KeptSelect } from "@/components/ui/kept-select";
import { FieldError } from "./field-error";
import { describedBy, errorId, fieldId, hintId } from "./ids";
import { INPUT_CLASS } from "./text-field";

type Props = {
  form: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  defaultValue: string;
  required?: boolean;
  /** The <option>s. */
  children: React.ReactNode;
};

/** A labelled select whose hint and error are tied to it, keeping its choice when its form is answered. */
export function SelectField({ form, name, label, hint, errors, defaultValue, required, children }: Props) {
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
      <KeptSelect
        id={id}
        name={name}
        required={required}
        defaultValue={defaultValue}
        aria-invalid={failed ? true : undefined}
        aria-describedby={describedBy(hint && hintId(id), failed && errorId(id))}
        className={INPUT_CLASS}
      >
        {children}
      </KeptSelect>
      <FieldError inputId={id} messages={errors} />
    </div>
  );
}
