// What the import upload form shows again after the route refused it: which of
// its inputs were wrong, and what was chosen (a file cannot come back). They
// travel in the query string of the redirect, so the form works without JavaScript.

export const UPLOAD_PROBLEMS_KNOWN = ["file", "file_size", "mode", "organisationId", "sourceTitle", "sourceUrl"] as const;
export type UploadProblem = (typeof UPLOAD_PROBLEMS_KNOWN)[number];

/** The upload form's choices that come back with its problems. */
export const UPLOAD_FIELDS = ["mode", "organisationId", "sourceTitle", "sourceUrl"] as const;
export type UploadValues = Partial<Record<(typeof UPLOAD_FIELDS)[number] | "skipDuplicates", string>>;

export function isUploadProblem(value: string): value is UploadProblem {
  return UPLOAD_PROBLEMS_KNOWN.some((known) => known === value);
}
