import { z } from "zod";

// The audit log page's query: paging, subject type, date range and person.
// Bad paging or subject values are dropped; a bad date is said, never a 500.

export const AUDIT_SUBJECTS = [
  { value: "proposal", label: "Proposals" },
  { value: "entry", label: "Entries" },
  { value: "user", label: "Users" },
  { value: "organisation", label: "Organisations" },
  { value: "membership", label: "Memberships" },
  { value: "import", label: "Imports" },
] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

const day = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === "" ? undefined : v))
  .pipe(z.iso.date({ error: "Enter a date like 2026-03-31." }).optional());

/** The filters on their own: each bad value is dropped, so they always parse. */
export const auditFiltersSchema = z.object({
  before: z
    .string()
    .regex(/^\d{1,18}$/)
    .transform((v) => BigInt(v))
    .optional()
    .catch(undefined),
  subject: z.enum(AUDIT_SUBJECTS.map((s) => s.value)).optional().catch(undefined),
  actor: z.uuid().optional().catch(undefined),
});

export const auditQuerySchema = z
  .object({
    ...auditFiltersSchema.shape,
    from: day,
    to: day,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], error: "The end date must be on or after the start date." });

export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** The instants a day range covers: from the start of "from" (UTC) to the end of "to". */
export function auditRange(query: Pick<AuditQuery, "from" | "to">): { from?: Date; until?: Date } {
  return {
    ...(query.from ? { from: new Date(`${query.from}T00:00:00Z`) } : {}),
    ...(query.to ? { until: new Date(new Date(`${query.to}T00:00:00Z`).getTime() + DAY_MS) } : {}),
  };
}

/** The filter part of the page's address, kept by the paging links. */
export function auditFilterParams(query: Pick<AuditQuery, "subject" | "actor" | "from" | "to">): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["subject", "actor", "from", "to"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  return params;
}
