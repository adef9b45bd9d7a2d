type FieldProps = {
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  defaultValue?: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  idPrefix?: string;
};

/** A labelled input whose hint and error are tied to it with aria-describedby. */
export function Field({ name, label, type = "text", autoComplete, defaultValue, hint, errors, required = true, idPrefix = "field" }: FieldProps) {
  const id = `${idPrefix}-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-slate-600">
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
        aria-invalid={errorId ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-slate-900 ${errorId ? "border-red-700" : "border-slate-400"}`}
      />
      {errorId && (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {errors?.join(" ")}
        </p>
      )}
    </div>
  );
}
