import type { ImportMode, ImportState } from "@/lib/imports/limits";
import type { UploadProblem } from "@/lib/imports/upload-state";

// How imports are named on the moderation pages.

export const STATE_LABELS: Record<ImportState, string> = {
  rejected: "Could not be read",
  checked: "Checked, not run",
  running: "Running",
  done: "Done",
  failed: "Failed, nothing imported",
};

export const MODE_LABELS: Record<ImportMode, string> = {
  proposals: "Proposals for review",
  publish: "Published directly",
};

export const MODE_HINTS: Record<ImportMode, string> = {
  proposals: "Each row becomes a proposal in the moderation queue, where it is reviewed like any other. Nothing is public until it is approved.",
  publish: "Each row is published at once, as if its proposal had been approved. Every entry and the import itself are recorded in the audit log.",
};

/** What to say when one of the upload form's inputs was refused. */
export const UPLOAD_PROBLEMS: Record<UploadProblem, string> = {
  file: "Choose a CSV or JSON file to import.",
  file_size: "The file is larger than 5 MB. Split it into smaller files.",
  mode: "Choose what the import should do.",
  organisationId: "Choose the organisation the entries belong to.",
  sourceTitle: "Give the source a title of at least 2 characters (and at most 300).",
  sourceUrl: "The source’s address must be a web address starting with https:// (or http://).",
};
