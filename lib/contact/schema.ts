import { z } from "zod";
import { emailSchema } from "@/lib/auth/schema";
import { cleanLine, cleanParagraphs } from "@/lib/forms/clean-text";

// The inputs of the contact relay (lib/contact/relay.ts) and of the switch
// moderators turn it off with. Messages are English; forms say them in the
// page's language (components/forms/problem-text.ts).

export const MESSAGE_MIN = 10;
export const MESSAGE_MAX = 5000;
/**
 * The most a contact form may send, all fields together (UTF-8). A message
 * at its longest is at most 15 000 bytes (three a character, four for two
 * UTF-16 units), the name and address well under 1 000.
 */
export const MAX_CONTACT_REQUEST_BYTES = 20_000;

export const TOO_LARGE_MESSAGE = `The form sent more than ${MAX_CONTACT_REQUEST_BYTES / 1000} kB. Shorten your message.`;

export const contactMessageSchema = z.object({
  slug: z.string().min(1).max(120),
  name: z.string({ error: "Enter your name." }).overwrite(cleanLine).min(1, "Enter your name.").max(120, "Use at most 120 characters."),
  email: emailSchema,
  message: z
    .string()
    .overwrite(cleanParagraphs)
    .min(MESSAGE_MIN, `Write a message of at least ${MESSAGE_MIN} characters.`)
    .max(MESSAGE_MAX, `Keep your message to ${MESSAGE_MAX} characters or fewer.`),
  // The honeypot: hidden from people, who leave it empty; programs that fill every field fill it.
  website: z.string().max(MAX_CONTACT_REQUEST_BYTES),
});
export type ContactMessageInput = z.input<typeof contactMessageSchema>;

export const entryContactSwitchSchema = z.object({
  slug: z.string().min(1).max(120),
  enabled: z.enum(["on", "off"]),
  reason: z.string().trim().min(1, "Give the reason").max(2000),
});
