"use client";

import type { SourceRow } from "@/lib/submissions/form-data";
import { TextField } from "./text-field";
import { RepeatableField } from "./repeatable-field";

// Without JavaScript two empty rows wait below the filled ones.
const SPARE_ROWS = 2;

export function SourcesField({ sources }: { sources: SourceRow[] }) {
  return (
    <RepeatableField
      path="sources"
      legend="Sources"
      hint="Where the facts above come from: a report, a web page, an article. At least one is needed before you submit, each with a title. Empty rows are ignored."
      initialRows={sources.length + SPARE_ROWS}
      rowName={(n) => `Source ${n}`}
      removeLabel={(n) => `Remove source ${n}`}
      addLabel="Add a source"
      focusOnAdd="input"
    >
      {(i) => (
        <>
          <TextField path={`sources.${i}.title`} label="Title" defaultValue={sources[i]?.title} maxLength={300} markOptional={false} />
          <TextField path={`sources.${i}.url`} label="Web address" type="url" defaultValue={sources[i]?.url} hint="Optional, for example www.example.org/report.pdf" markOptional={false} />
          <TextField path={`sources.${i}.note`} label="Note" defaultValue={sources[i]?.note} maxLength={500} className="md:col-span-2" hint="Optional: a page number, a date, what it confirms." markOptional={false} />
        </>
      )}
    </RepeatableField>
  );
}
