// The bounds of one import, and how a running one reports on itself.

export const IMPORT_FORMATS = ["csv", "json"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const IMPORT_MODES = ["proposals", "publish"] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export const IMPORT_STATES = ["rejected", "checked", "running", "done", "failed"] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 5000;

/** Progress is written every this many rows… */
export const PROGRESS_EVERY = 25;
/** …and the heartbeat at least this often, whatever a slow row costs. */
export const HEARTBEAT_MS = 5_000;
/** A running import whose heartbeat is older than this died with its server. */
export const LEASE_MS = 60_000;
/** The longest one import's transaction may stay open. */
export const RUN_TIMEOUT_MS = 30 * 60_000;
