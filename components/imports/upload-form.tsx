import { getLocale, getTranslations } from "next-intl/server";
import { IMPORT_MODES, MAX_ROWS } from "@/lib/imports/limits";
import { localisedPath } from "@/lib/i18n/locales";
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
export async function UploadForm({ organisations, problems, values = {} }: { organisations: OrganisationOption[]; problems: UploadProblem[]; values?: UploadValues }) {
  const [t, locale] = await Promise.all([getTranslations("imports"), getLocale()]);
  const chosenMode = values.mode ?? "proposals";
  const said = (field: UploadProblem) => (problems.includes(field) ? [t(UPLOAD_PROBLEMS[field])] : undefined);
  const fileProblems = said("file") ?? said("file_size");
  return (
    <form action={localisedPath(locale, "/moderation/imports/upload")} method="post" encType="multipart/form-data" className="space-y-5">
      {problems.length > 0 && (
        <ErrorSummary
          message={t("upload.refused")}
          problems={problems.map((p) => ({ key: p, text: t(UPLOAD_PROBLEMS[p]), href: `#${inputOf(p)}` }))}
        />
      )}
      <div>
        <label htmlFor={FILE} className="font-semibold">
          {t("upload.file")}
        </label>
        <p id={hintId(FILE)} className="text-sm text-slate-600">
          {t("upload.fileHint", { rows: formatNumber(MAX_ROWS, locale) })}
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
        <legend className="font-semibold">{t("upload.mode")}</legend>
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
                  {t(MODE_LABELS[mode])}
                </label>
                <p id={`import-mode-${mode}-hint`} className="text-sm text-slate-600">
                  {t(MODE_HINTS[mode])}
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
        label={t("upload.organisation")}
        hint={t("upload.organisationHint")}
        required
        defaultValue={organisations.some((o) => o.id === values.organisationId) ? (values.organisationId ?? "") : ""}
        errors={said("organisationId")}
      >
        <option value="" disabled>
          {t("upload.chooseOrganisation")}
        </option>
        {organisations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <fieldset>
        <legend className="font-semibold">{t("upload.source")}</legend>
        <p className="text-sm text-slate-600">{t("upload.sourceHint")}</p>
        <div className="mt-2 grid max-w-xl gap-3">
          <TextField form={FORM} name="sourceTitle" label={t("upload.sourceTitle")} required={false} maxLength={300} defaultValue={values.sourceTitle} errors={said("sourceTitle")} />
          <TextField form={FORM} name="sourceUrl" type="url" label={t("upload.sourceUrl")} required={false} defaultValue={values.sourceUrl} errors={said("sourceUrl")} />
        </div>
      </fieldset>
      <div className="flex items-start gap-2">
        <input id="import-skip" type="checkbox" name="skipDuplicates" value="yes" defaultChecked={values.skipDuplicates !== "no"} className="mt-1 h-4 w-4 shrink-0 accent-brand-700" />
        <label htmlFor="import-skip">{t("upload.skip")}</label>
      </div>
      <CheckButton texts={{ idle: t("upload.check"), checking: t("upload.checking"), status: t("upload.checkingStatus") }} />
      <p className="text-sm text-slate-600">{t("upload.nothingWritten")}</p>
    </form>
  );
}
