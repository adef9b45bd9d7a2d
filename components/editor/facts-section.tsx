"use client";

import { STATUSES } from "@/lib/catalogue/vocabularies";
import type { EditorContent } from "@/lib/submissions/form-data";
import { describedBy, errorsAt, inputId } from "./field-ids";
import { useEditorMessages } from "./editor-context";
import { FieldError, ModeratorNote, noteId } from "./field-messages";
import { Section } from "./section";
import { SelectField } from "./select-field";
import { TextField } from "./text-field";

function ReachFieldset({ reach }: { reach: EditorContent["reach"] }) {
  const { errors, notes } = useEditorMessages();
  const messages = errorsAt(errors, "reach");
  return (
    <fieldset
      id={inputId("reach")}
      tabIndex={-1}
      aria-describedby={describedBy("reach", messages, notes.reach ? noteId("reach") : undefined)}
      className="rounded-md border border-slate-200 p-3"
    >
      <legend className="px-1 font-semibold">Reach</legend>
      <ModeratorNote path="reach" note={notes.reach} />
      <FieldError path="reach" messages={messages} />
      <div className="grid gap-4 md:grid-cols-3">
        <TextField path="reach.participants" label="Participants" type="number" min={0} step={1} defaultValue={reach?.participants} />
        <TextField path="reach.schools" label="Schools" type="number" min={0} step={1} defaultValue={reach?.schools} />
        <TextField path="reach.girlsShare" label="Share of girls, in %" type="number" min={0} max={100} step="any" defaultValue={reach?.girlsShare} />
      </div>
      <TextField path="reach.text" label="Reach in words" rows={2} maxLength={1000} defaultValue={reach?.text} className="mt-4" hint="For example “120 teachers in 14 regions, 2019–2023”." />
    </fieldset>
  );
}

export function FactsSection({ values }: { values: EditorContent }) {
  return (
    <Section id="facts" title="Dates, reach and funding" intro="Give what you know; leave the rest empty.">
      <div className="grid gap-4 md:grid-cols-3">
        <TextField path="yearStart" label="Start year" type="number" min={1950} max={2100} step={1} defaultValue={values.yearStart} />
        <TextField path="yearEnd" label="End year" type="number" min={1950} max={2100} step={1} defaultValue={values.yearEnd} />
        <SelectField path="status" label="Status" options={STATUSES} emptyLabel="Not stated" defaultValue={values.status} />
      </div>
      <ReachFieldset reach={values.reach} />
      <TextField path="impact" label="Impact" rows={4} maxLength={3000} defaultValue={values.impact} hint="What changed for learners, teachers or schools, ideally with evidence." />
      <div className="grid gap-4 md:grid-cols-3">
        <TextField path="funder" label="Funder" maxLength={300} defaultValue={values.funder} />
        <TextField path="fundingModel" label="Funding model" maxLength={300} defaultValue={values.fundingModel} hint="For example public grant, sponsorship, fees." />
        <TextField path="budget" label="Budget" maxLength={300} defaultValue={values.budget} hint="With its currency, for example €250,000." />
      </div>
    </Section>
  );
}
