import { IMPORT_MODES, MAX_ROWS } from "@/lib/imports/limits";
import type { OrganisationOption } from "@/lib/organisations/memberships";
import { describedBy, FieldError } from "@/components/moderation/field-error";
import { CheckButton } from "./check-button";
import { MODE_HINTS, MODE_LABELS, UPLOAD_PROBLEMS, type UploadProblem, type UploadValues } from "./labels";
import { formatNumber } from "@/lib/format/numbers";

const FORM = "import";
const INPUT = "mt-1 block w-full max-w-xl rounded-md border border-slate-400 bg-white px-3 py-2";

function messages(problems: UploadProblem[], field: UploadProblem): string[] | undefined {
  return problems.includes(field) ? [UPLOAD_PROBLEMS[field]] : undefined;
}

/**
 * A plain multipart form posted to a route handler, so it works without
 * JavaScript and the 5 MB upload limit applies to this one endpoint only.
 */
export function UploadForm({ organisations, problems, values = {} }: { organisations: OrganisationOption[]; problems: UploadProblem[]; values?: UploadValues }) {
  const chosenMode = values.mode ?? "proposals";
  return (
    <form action="/moderation/imports/upload" method="post" encType="multipart/form-data" className="space-y-5">
      {problems.length > 0 && (
        <div role="alert" className="rounded-md border-2 border-red-800 bg-red-50 px-4 py-3 text-red-900">
          <p className="font-semibold">The file was not checked: some choices need attention.</p>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {problems.map((p) => (
              <li key={p}>{UPLOAD_PROBLEMS[p]}</li>
            ))}
          </ul>
        </div>
      )}
      <div>
        <label htmlFor="import-file" className="font-semibold">
          File
        </label>
        <p id="import-file-hint" className="text-sm text-slate-600">
          CSV or JSON in UTF-8, at most 5 MB and {formatNumber(MAX_ROWS)} entries, with the columns of the site’s own export (kind, title and summary
          are needed). Lists such as countries are separated by semicolons. Add description, source_title and source_url columns where you have them.
        </p>
        <input
          id="import-file"
          type="file"
          name="file"
          accept=".csv,.json,text/csv,application/json"
          required
          aria-describedby={describedBy(FORM, "file", messages(problems, "file") ?? messages(problems, "file_size"), "import-file-hint")}
          className="mt-2 block"
        />
        <FieldError form={FORM} field="file" messages={messages(problems, "file") ?? messages(problems, "file_size")} />
      </div>
      <fieldset aria-describedby={describedBy(FORM, "mode", messages(problems, "mode"))}>
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
        <FieldError form={FORM} field="mode" messages={messages(problems, "mode")} />
      </fieldset>
      <div>
        <label htmlFor="import-organisation" className="font-semibold">
          Organisation the entries belong to
        </label>
        <p id="import-organisation-hint" className="text-sm text-slate-600">
          Its members can propose changes to the entries later. Organisations named in the file’s organisations column become links.
        </p>
        <select
          id="import-organisation"
          name="organisationId"
          required
          defaultValue={organisations.some((o) => o.id === values.organisationId) ? values.organisationId : ""}
          aria-invalid={problems.includes("organisationId") ? true : undefined}
          aria-describedby={describedBy(FORM, "organisationId", messages(problems, "organisationId"), "import-organisation-hint")}
          className={INPUT}
        >
          <option value="" disabled>
            Choose an organisation
          </option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <FieldError form={FORM} field="organisationId" messages={messages(problems, "organisationId")} />
      </div>
      <fieldset>
        <legend className="font-semibold">Source for rows that name none (optional)</legend>
        <p className="text-sm text-slate-600">Every entry needs a source for its facts. If the whole file comes from one place, name it here.</p>
        <div className="mt-2 grid max-w-xl gap-3">
          <div>
            <label htmlFor="import-source-title" className="text-sm font-semibold">
              Title of the source
            </label>
            <input
              id="import-source-title"
              name="sourceTitle"
              maxLength={300}
              defaultValue={values.sourceTitle}
              aria-invalid={problems.includes("sourceTitle") ? true : undefined}
              aria-describedby={describedBy(FORM, "sourceTitle", messages(problems, "sourceTitle"))}
              className={INPUT}
            />
            <FieldError form={FORM} field="sourceTitle" messages={messages(problems, "sourceTitle")} />
          </div>
          <div>
            <label htmlFor="import-source-url" className="text-sm font-semibold">
              Address of the source
            </label>
            <input
              id="import-source-url"
              name="sourceUrl"
              type="url"
              defaultValue={values.sourceUrl}
              aria-invalid={problems.includes("sourceUrl") ? true : undefined}
              aria-describedby={describedBy(FORM, "sourceUrl", messages(problems, "sourceUrl"))}
              className={INPUT}
            />
            <FieldError form={FORM} field="sourceUrl" messages={messages(problems, "sourceUrl")} />
          </div>
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
