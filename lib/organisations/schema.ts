import { z } from "zod";
import { cleanLine } from "@/lib/forms/clean-text";
import { asciiSlug } from "@/lib/submissions/slug";
import { COUNTRIES } from "@/lib/catalogue/vocabularies";

// Inputs of the membership and organisation forms.

export const membershipRefSchema = z.object({
  userId: z.uuid("Choose a person."),
  organisationId: z.uuid("Choose an organisation."),
});

export const organisationIdSchema = z.object({ organisationId: z.uuid("Choose an organisation.") });

export const inviteSchema = z.object({
  organisationId: z.uuid("Choose an organisation."),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email("Enter an email address like name@example.org.")),
});

/** A blank short name is derived from the name, as the form suggests while one types (and without JavaScript). */
const namedInput = z.looseObject({ name: z.string(), slug: z.unknown().optional() });

function withShortName(input: unknown): unknown {
  const named = namedInput.safeParse(input);
  if (!named.success) return input;
  const { name, slug } = named.data;
  if (typeof slug === "string" && slug.trim() !== "") return input;
  return { ...named.data, slug: asciiSlug(cleanLine(name)) };
}

export const organisationSchema = z.preprocess(withShortName, z.object({
  name: z.string().overwrite(cleanLine).min(2, "Enter the organisation's name.").max(200, "Use at most 200 characters."),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(2, "Enter a short name for addresses, e.g. stem-alliance-ro.")
    .max(80, "Use at most 80 characters.")
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens."),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .transform((v) => (v === "" ? null : v))
    .pipe(z.string().refine((code) => COUNTRIES.some((c) => c.value === code), "Choose a country from the list.").nullable()),
}));

/** The address visitors' messages about the organisation's entries are relayed to; "" removes it. */
export const organisationContactSchema = z.object({
  organisationId: z.uuid("Choose an organisation."),
  contactEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "This email address is too long.")
    .refine((value) => value === "" || z.email().safeParse(value).success, "Enter an email address like name@example.org."),
});
