import { z } from "zod";
import { slugSchema } from "@/lib/catalogue/schema";

/** "Still accurate": the entry, by its address. */
export const confirmAccurateSchema = z.object({ slug: slugSchema });

/** A page of the moderators' "Needs checking" list; anything unreadable is the first page. */
export const needsCheckingQuerySchema = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1) });
