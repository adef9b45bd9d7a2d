"use client";

import type { LinkRow } from "@/lib/submissions/form-data";
import { SelectField } from "./select-field";
import { EntryPicker } from "./entry-picker";
import { RepeatableField } from "./repeatable-field";

const SPARE_ROWS = 1;

const ROLES = [
  { value: "organisation", label: "Run by this organisation" },
  { value: "funder", label: "Funded by this funder" },
  { value: "funded-by", label: "Funded under this programme" },
  { value: "related", label: "Related" },
];

export function LinksField({ links }: { links: LinkRow[] }) {
  return (
    <RepeatableField
      path="links"
      legend="Related entries"
      hint="Other published catalogue entries this one belongs to, such as the organisation that runs it. Each entry once; an entry cannot be related to itself."
      initialRows={links.length + SPARE_ROWS}
      rowName={(n) => `Related entry ${n}`}
      removeLabel={(n) => `Remove related entry ${n}`}
      addLabel="Add a related entry"
      focusOnAdd="select"
    >
      {(i) => (
        <>
          <SelectField path={`links.${i}.role`} label="How it is related" options={ROLES} emptyLabel="Choose…" defaultValue={links[i]?.role} markOptional={false} />
          <EntryPicker path={`links.${i}.slug`} rolePath={`links.${i}.role`} label="Entry" defaultSlug={links[i]?.slug} />
        </>
      )}
    </RepeatableField>
  );
}
