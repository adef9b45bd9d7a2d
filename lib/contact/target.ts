import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

// Whether visitors may write about an entry: it is published, contact is on
// for it, and its organisation has given an address. Pages learn only that
// and the organisation's name; the address stays inside lib/contact.

export type ContactTarget = { slug: string; title: string; organisation: string };
export type ContactRecipient = ContactTarget & { entryId: string; address: string };

export async function contactRecipient(slug: string): Promise<ContactRecipient | null> {
  const entry = await db.entry.findFirst({
    where: { slug, archivedAt: null, contactEnabled: true, organisation: { contactEmail: { not: null } } },
    select: { id: true, slug: true, title: true, organisation: { select: { name: true, contactEmail: true } } },
  });
  const address = entry?.organisation?.contactEmail;
  if (!entry?.organisation || !address) return null;
  return { entryId: entry.id, slug: entry.slug, title: entry.title, organisation: entry.organisation.name, address };
}

/** The entry and who a message about it goes to, by name; null when it takes no messages. */
export const contactTarget = cache(async (slug: string): Promise<ContactTarget | null> => {
  const recipient = await contactRecipient(slug);
  return recipient && { slug: recipient.slug, title: recipient.title, organisation: recipient.organisation };
});
