import { fieldId } from "./ids";
import { LabelledField } from "./labelled-field";

type Props = {
  /** The form's id prefix, so two forms on a page never share an id. */
  form: string;
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "url" | "date";
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
export function TextField({ form, name, label, hint, errors, type = "text", required = true, ...input }: Props) {
  return (
    <LabelledField id={fieldId(form, name)} label={label} hint={hint} errors={errors}>
      {(aria) => <input {...aria} {...input} name={name} type={type} required={required} className={INPUT_CLASS} />}
    </LabelledField>
  );
}
