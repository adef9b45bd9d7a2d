"use client";

// The tick boxes of a GET form's long vocabularies (the search's facets, the
// statistics' selection) as data, rendered here: a client component for the
// same reason as ./figure-rows.tsx (ADR 022), some eighty options a page.

export type CheckboxOption = {
  value: string;
  label: string;
  checked: boolean;
  /** How many entries the option would find, formatted in the page's language, said after its label. */
  count?: string;
};

export function CheckboxOptions({ name, options, className }: { name: string; options: CheckboxOption[]; className?: string }) {
  return (
    <ul className={className}>
      {options.map((o) => (
        // The key follows the state: a box ticked by hand, then unticked by a
        // client-side navigation ("Clear all", a chip), must show the new state,
        // which defaultChecked alone does not do once the box was touched.
        <li key={`${o.value}:${o.checked}`}>
          <label className="facet-option">
            <input type="checkbox" name={name} value={o.value} defaultChecked={o.checked} />
            {o.label}
            {o.count !== undefined && <span>({o.count})</span>}
          </label>
        </li>
      ))}
    </ul>
  );
}
