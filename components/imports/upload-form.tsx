import { IMPORT_MODES, MAX_ROWS } from "@/lib/imports/limits";
import type { OrganisationOption } from "@/lib/organisations/memberships";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldError } from "@/components/forms/field-error";
import { describedBy, errorId, fieldId, hintId } from "@/components/forms/ids";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { CheckButton } from "./check-button";
import type { UploadProblem, UploadValues } from "@/lib/imports/upload-state";
import { MODE_HINTS, MODE_LABELS, UPLOAD_PROBLEMS } from "./labels";
import { formatNumber } from "@/lib/format/numbers";

const FORM = "import";
const FILE = fieldId(FORM, "file");
const MODE = fieldId(FORM, "mode");

// The input that shows each problem; a file too large is said under the file.
const inputOf = (problem: UploadProblem) => fieldId(FORM, problem === "file_size" ? "file" : problem);

/**
 * A plain multipart form posted to a route handler, so it works without
 * JavaScript and the 5 MB upload limit applies to this one endpoint only.
 */
export function UploadForm({ organisations, problems, values = {} }: { organisations: OrganisationOption[]; problems: UploadProblem[]; values?: UploadValues }) {
  const chosenMode = values.mode ?? "proposals";
  const said = (field: UploadProblem) => (problems.includes(field) ? [UPLOAD_PROBLEMS[field]] : undefined);
  const fileProblems = said("file") ?? said("file_size");
  return (
    <form action="/moderation/imports/upload" method="post" encType="multipart/form-data" className="space-y-5">
      {problems.length > 0 && (
        <ErrorSummary
          message="The file was not checked: some choices need attention."
          problems={problems.map((p) => ({ key: p, text: UPLOAD_PROBLEMS[p], href: `#${inputOf(p)}` }))}
        />
      )}
      <div>
        <label htmlFor={FILE} className="font-semibold">
          File
        </label>
        <p id={hintId(FILE)} className="text-sm text-slate-600">
          CSV or JSON in UTF-8, at most 5 MB and {formatNumber(MAX_ROWS)} entries, with the columns of the site’s own export (kind, title and summary
          are needed). Lists such as countries are separated by semicolons. Add description, source_title and source_url columns where you have them.
        </p>
        <input
          id={FILE}
          type="file"
          name="file"
          accept=".csv,.json,text/csv,application/json"
          required
          aria-invalid={fileProblems ? true : undefined}
          aria-describedby={describedBy(hintId(FILE), fileProblems && errorId(FILE))}
          className="mt-2 block"
        />
        <FieldError inputId={FILE} messages={fileProblems} />
      </div>
      <fieldset id={MODE} tabIndex={-1} aria-describedby={describedBy(said("mode") && errorId(MODE))}>
        <legend className="font-semibold">What the import does</legend>
        <div className="mt-2 space-y-2">
          {IMPORT_MODES.map((mode) => (
            <div key={mode} className="flex gap-2">
              <input
                type="radio"
                id={`import-mode-${mode}`}
                name="mode"
                value={mode}
                required
                defaultChecked={mode === chosenMode}
                aria-describedby={`import-mode-${mode}-hint`}
                className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
              />
              <div>
                <label htmlFor={`import-mode-${mode}`} className="font-semibold">
                  {MODE_LABELS[mode]}
                </label>
                <p id={`import-mode-${mode}-hint`} className="text-sm text-slate-600">
                  {MODE_HINTS[mode]}
                </p>
              </div>
            </div>
          ))}
        </div>
        <FieldError inputId={MODE} messages={said("mode")} />
      </fieldset>
      <SelectField
        form={FORM}
        name="organisationId"
        label="Organisation the entries belong to"
        hint="Its members can propose changes to the entries later. Organisations named in the file’s organisations column become links."
        required
        defaultValue={organisations.some((o) => o.id === values.organisationId) ? (values.organisationId ?? "") : ""}
        errors={said("organisationId")}
      >
        <option value="" disabled>
          Choose an organisation
        </option>
        {organisations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <fieldset>
        <legend className="font-semibold">Source for rows that name none (optional)</legend>
        <p className="text-sm text-slate-600">Every entry needs a source for its facts. If the whole file comes from one place, name it here.</p>
        <div className="mt-2 grid max-w-xl gap-3">
          <TextField form={FORM} name="sourceTitle" label="Title of the source" required={false} maxLength={300} defaultValue={values.sourceTitle} errors={said("sourceTitle")} />
          <TextField form={FORM} name="sourceUrl" type="url" label="Address of the source" required={false} defaultValue={values.sourceUrl} errors={said("sourceUrl")} />
        </div>
      </fieldset>
      <div className="flex items-start gap-2">
        <input id="import-skip" type="checkbox" name="skipDuplicates" value="yes" defaultChecked={values.skipDuplicates !== "no"} className="mt-1 h-4 w-4 shrink-0 accent-brand-700" />
        <label htmlFor="import-skip">Leave out rows that look like an existing entry, an open proposal or an earlier row. You can change this after the check.</label>
      </div>
      <CheckButton />
      <p className="text-sm text-slate-600">Checking writes nothing to the catalogue: you see a report first and decide then.</p>
    </form>
  );
}
