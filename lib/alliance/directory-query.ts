import { z } from "zod";
import { countrySchema } from "@/lib/catalogue/schema";
import { allianceTypeSchema } from "./vocabulary";

// The directory's filters, from a query string: the page's GET form, the
// download links and /api/v1/alliance share them. Empty values mean "any".

const blankIsAny = (value: unknown) => (value === "" ? undefined : value);

export const directoryQuerySchema = z.object({
  country: z.preprocess(blankIsAny, countrySchema.optional()),
  type: z.preprocess(blankIsAny, allianceTypeSchema.optional()),
});
export type DirectoryQuery = z.infer<typeof directoryQuerySchema>;

export const DIRECTORY_FORMATS = ["json", "csv"] as const;
export const directoryFormatSchema = z.preprocess(blankIsAny, z.enum(DIRECTORY_FORMATS, { message: "Use format=json or format=csv." }).default("json"));

/** The filters of a query string; the first value of each counts, as in the search. */
export function directoryQueryOf(params: URLSearchParams): z.ZodSafeParseResult<DirectoryQuery> {
  return directoryQuerySchema.safeParse({ country: params.get("country") ?? undefined, type: params.get("type") ?? undefined });
}
