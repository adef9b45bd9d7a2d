import { fail } from "@/lib/result";

// The two failures every proposal action can meet, worded once.

/** Not found and not allowed look the same, so guessed ids reveal nothing. */
export const PROPOSAL_NOT_FOUND = fail("not_found", "This proposal does not exist or is not yours to see.");

/** Someone saved the proposal after this page was loaded (its version moved on). */
export const PROPOSAL_CHANGED = fail(
  "conflict",
  "Someone changed this proposal while you were looking at it. Reload the page to see its current state.",
);
