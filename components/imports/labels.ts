import type { ImportMode, ImportState } from "@/lib/imports/limits";
import type { UploadProblem } from "@/lib/imports/upload-state";

// How imports are named on the moderation pages: keys of the "imports"
// catalogue namespace, one per state, mode and refused input.

export const STATE_LABELS: Record<ImportState, `states.${ImportState}`> = {
  rejected: "states.rejected",
  checked: "states.checked",
  running: "states.running",
  done: "states.done",
  failed: "states.failed",
};

export const MODE_LABELS: Record<ImportMode, `modes.${ImportMode}`> = {
  proposals: "modes.proposals",
  publish: "modes.publish",
};

export const MODE_HINTS: Record<ImportMode, `modeHints.${ImportMode}`> = {
  proposals: "modeHints.proposals",
  publish: "modeHints.publish",
};

/** What to say when one of the upload form's inputs was refused. */
export const UPLOAD_PROBLEMS: Record<UploadProblem, `uploadProblems.${UploadProblem}`> = {
  file: "uploadProblems.file",
  file_size: "uploadProblems.file_size",
  mode: "uploadProblems.mode",
  organisationId: "uploadProblems.organisationId",
  sourceTitle: "uploadProblems.sourceTitle",
  sourceUrl: "uploadProblems.sourceUrl",
};
