import "server-only";
import type { EnqueuedTaskPromise, Task, WaitOptions } from "meilisearch";

// Meilisearch accepts writes as tasks and reports their outcome later. The
// client's waitTask resolves with failed and canceled tasks too, so callers
// that must know the change landed (the outbox) go through this instead.

export class MeiliTaskError extends Error {
  override name = "MeiliTaskError";
  constructor(readonly task: Task) {
    const reason = task.error ? `${task.error.code}: ${task.error.message}` : task.status;
    super(`Meilisearch task ${task.uid} (${task.type}${task.indexUid ? ` on ${task.indexUid}` : ""}) ${task.status}: ${reason}`);
  }
}

/** Waits for an enqueued task; resolves only when Meilisearch reports success. */
export async function succeeded(enqueued: EnqueuedTaskPromise, options?: WaitOptions): Promise<Task> {
  const task = await enqueued.waitTask(options);
  if (task.status !== "succeeded") throw new MeiliTaskError(task);
  return task;
}
