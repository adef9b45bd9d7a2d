import { z } from "zod";
import { emailSchema } from "@/lib/auth/schema";
import { LOCALES } from "@/lib/i18n/locales";
import { parseSearchParams, searchQueryString } from "@/lib/search/query";

// The inputs of the alert forms, shared by the server actions and lib/alerts.

export const ALERT_FREQUENCIES = ["immediate", "daily", "weekly"] as const;
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];

export const ALERT_STATES = ["pending", "active", "paused"] as const;
export type AlertState = (typeof ALERT_STATES)[number];

const frequencySchema = z.enum(ALERT_FREQUENCIES, { error: "Choose how often you want to hear." });

const nameSchema = z.string().trim().min(1, "Give the alert a name.").max(120, "Use at most 120 characters.").regex(/^[^\p{Cc}]*$/u, "Use letters, spaces and punctuation only.");

/**
 * A search page's query string as an alert keeps it: its words and filters in
 * canonical order, without sort or page. A search the page would refuse is refused.
 */
export const alertSearchSchema = z
  .string()
  .max(2000, "This search is too long to save.")
  .transform((raw, context) => {
    const { query, problems } = parseSearchParams(new URLSearchParams(raw));
    if (problems.length > 0) {
      context.addIssue({ code: "custom", message: "This search cannot be saved as it is: open it on the search page and correct it first." });
      return z.NEVER;
    }
    return searchQueryString({ q: query.q, filters: query.filters }).replace(/^\?/, "");
  });

export const createAlertSchema = z.object({ name: nameSchema, frequency: frequencySchema, search: alertSearchSchema });
export type CreateAlertInput = z.input<typeof createAlertSchema>;

export const subscribeSchema = z.object({
  email: emailSchema,
  frequency: frequencySchema,
  search: alertSearchSchema,
  locale: z.enum(LOCALES).default("en"),
});
export type SubscribeInput = z.input<typeof subscribeSchema>;

export const alertIdSchema = z.object({ id: z.uuid("This alert could not be found. Reload the page.") });

export const updateAlertSchema = alertIdSchema.extend({ name: nameSchema, frequency: frequencySchema });

/** A signed link's two parts, as the confirm and unsubscribe pages receive them. */
export const signedAlertLinkSchema = z.object({
  id: z.uuid("This link is incomplete or damaged. Copy the whole link from the mail."),
  token: z.string().regex(/^[\w-]{43}$/, "This link is incomplete or damaged. Copy the whole link from the mail."),
});
