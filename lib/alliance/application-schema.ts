import { z } from "zod";
import { countrySchema } from "@/lib/catalogue/schema";
import { cleanLine, cleanParagraphs } from "@/lib/forms/clean-text";
import { webAddressSchema, withWebScheme } from "@/lib/forms/web-address";
import { allianceTypeSchema, roadmapPrioritySchema } from "./vocabulary";

// Inputs of the Alliance's forms: applying to join (for an organisation that
// exists or a new one), asking to change a member's profile, answering staff,
// and staff's decisions, which name the version they were made on.

export const PROFILE_MAX = 1500;
export const MOTIVATION_MAX = 2000;
export const NEW_ORGANISATION = "new";

export const APPLICATION_GONE = "This application could not be found.";
export const APPLICATION_CHANGED = "This application has changed since you opened it. Reload the page to see where it stands.";
const applicationId = z.uuid({ message: APPLICATION_GONE });
const version = z.coerce.number({ message: APPLICATION_CHANGED }).int({ message: APPLICATION_CHANGED }).min(1, { message: APPLICATION_CHANGED });

const website = z
  .string()
  .trim()
  .max(2000, "Use at most 2000 characters.")
  .transform((v) => (v === "" ? null : withWebScheme(v)))
  .pipe(webAddressSchema().nullable());

/** What a member's directory card says: reviewed by staff, whoever writes it. */
export const profileFields = {
  type: allianceTypeSchema,
  website,
  profile: z.string().overwrite(cleanParagraphs).min(20, "Describe the organisation in a few sentences.").max(PROFILE_MAX, `Use at most ${PROFILE_MAX} characters.`),
  priorities: z.array(roadmapPrioritySchema).min(1, "Choose at least one Roadmap 2030 priority.").transform((list) => [...new Set(list)]),
  motivation: z.string().overwrite(cleanParagraphs).min(20, "Say in a few sentences why you apply.").max(MOTIVATION_MAX, `Use at most ${MOTIVATION_MAX} characters.`),
};

/** Joining: an organisation from the list, or "new" with its name and country. */
export const joinApplicationSchema = z
  .object({
    organisation: z.string().refine((v) => v === NEW_ORGANISATION || z.uuid().safeParse(v).success, { message: "Choose your organisation, or a new one." }),
    name: z.string().overwrite(cleanLine).max(200, "Use at most 200 characters."),
    country: z.preprocess((v) => (v === "" ? null : v), countrySchema.nullable()),
    ...profileFields,
  })
  // Checked even when other fields fail (`when`), so the form names every problem at once.
  .refine((v) => v.organisation !== NEW_ORGANISATION || (typeof v.name === "string" && v.name.length >= 2), {
    path: ["name"],
    message: "Enter the organisation's name.",
    when: () => true,
  })
  .refine((v) => v.organisation !== NEW_ORGANISATION || typeof v.country === "string", {
    path: ["country"],
    message: "Choose a country from the list.",
    when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === "country"),
  });
export type JoinApplicationInput = z.input<typeof joinApplicationSchema>;

/** A member's new profile, for staff to review like an application. */
export const profileChangeSchema = z.object({ organisationId: z.uuid("Choose an organisation."), ...profileFields });

export const answerSchema = z.object({
  applicationId,
  version,
  answer: z.string().overwrite(cleanParagraphs).min(1, "Write your answer.").max(MOTIVATION_MAX, `Use at most ${MOTIVATION_MAX} characters.`),
});

export const approveSchema = z.object({ applicationId, version });
const staffMessage = z.string().overwrite(cleanParagraphs).min(1, "Write what you ask the applicant.").max(MOTIVATION_MAX);
export const askMoreSchema = z.object({ applicationId, version, message: staffMessage });
export const declineSchema = z.object({ applicationId, version, reason: staffMessage.min(1, "Give the reason") });

export const membershipChangeSchema = z.object({
  organisationId: z.uuid("Choose an organisation."),
  state: z.enum(["suspended", "ended", "member"], { message: "Choose what happens to the membership." }),
  reason: z.string().overwrite(cleanParagraphs).min(1, "Give the reason").max(MOTIVATION_MAX),
});
