import "server-only";
import { cache } from "react";
import { sqlRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// Whether visitors may write about an entry: it is published, contact is on
// for it, and its organisation has given an address. Pages learn only that
// and the organisation's name; the address stays inside lib/contact.

export type ContactTarget = { slug: string; title: string; organisation: string };
export type ContactRecipient = ContactTarget & { entryId: string; address: string };

export async function contactRecipient(slug: string): Promise<ContactRecipient | null> {
  // Raw SQL: every entry page asks, and the ORM's query compiler costs more CPU than the query (issue 15).
  const rows = await sqlRows<ContactRecipient>(Prisma.sql`
    SELECT e.id AS "entryId", e.slug, e.title, o.name AS organisation, o.contact_email AS address
    FROM entries e
    JOIN organisations o ON o.id = e.organisation_id
    WHERE e.slug = ${slug} AND e.archived_at IS NULL AND e.contact_enabled AND o.contact_email IS NOT NULL`, { prepared: true });
  return rows[0] ?? null;
}

/** The entry and who a message about it goes to, by name; null when it takes no messages. */
export const contactTarget = cache(async (slug: string): Promise<ContactTarget | null> => {
  const recipient = await contactRecipient(slug);
  return recipient && { slug: recipient.slug, title: recipient.title, organisation: recipient.organisation };
});
