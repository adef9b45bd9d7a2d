import { z } from "zod";
import type { DirectoryMember } from "@/lib/alliance/directory";
import { allianceTypeSchema, roadmapPrioritySchema } from "@/lib/alliance/vocabulary";
import { countrySchema, slugSchema } from "@/lib/catalogue/schema";
import { apiSchemas } from "./schemas";

// The Alliance's directory in the OpenAPI document (GET /api/v1/alliance);
// lib/alliance writes it. The type check below fails the build when the two drift apart.

export const apiAllianceMemberSchema = z
  .strictObject({
    slug: z.string().describe("The organisation's short name"),
    name: z.string(),
    country: countrySchema.nullable(),
    type: allianceTypeSchema.nullable(),
    joinedOn: z.iso.date().describe("When it joined the Alliance"),
    profile: z.string().nullable(),
    website: z.url().nullable(),
    priorities: z.array(roadmapPrioritySchema).describe("The Roadmap 2030 priorities it works on"),
    entries: z.array(z.strictObject({ slug: slugSchema, title: z.string() })).describe("The published entries it owns"),
    contactEntry: slugSchema.nullable().describe("An owned entry whose page has a contact form that relays messages to the organisation; null when none does"),
  })
  .register(apiSchemas, { id: "AllianceMember", description: "A current member of the Regional STEM Alliance." });

export const apiAllianceDirectorySchema = z
  .strictObject({
    members: z.array(apiAllianceMemberSchema),
    total: z.number().int().nonnegative().describe("Current members, whatever the filters"),
    byCountry: z.array(z.strictObject({ value: countrySchema, count: z.number().int().positive() })).describe("Current members by country, most first"),
    byType: z.array(z.strictObject({ value: allianceTypeSchema, count: z.number().int().positive() })).describe("Current members by type, most first"),
  })
  .register(apiSchemas, { id: "AllianceDirectory", description: "The members matching the filters, and counts of all current members." });

type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
type Assert<T extends true> = T;
/** Compile-time only: the documented member has exactly the directory's fields. */
export type AllianceMemberDocumented = Assert<SameKeys<DirectoryMember, z.output<typeof apiAllianceMemberSchema>>>;
