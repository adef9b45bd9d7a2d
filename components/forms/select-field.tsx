import { KeptSelect } from "@/components/ui/kept-select";
import { fieldId } from "./ids";
import { LabelledField } from "./labelled-field";
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
  return (
    <LabelledField id={fieldId(form, name)} label={label} hint={hint} errors={errors}>
      {(aria) => (
        <KeptSelect {...aria} name={name} required={required} defaultValue={defaultValue} className={INPUT_CLASS}>
          {children}
        </KeptSelect>
      )}
    </LabelledField>
  );
}
