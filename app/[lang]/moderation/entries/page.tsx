import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { isStaff } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { slugSchema } from "@/lib/catalogue/schema";
import { EntryLookupForm } from "@/components/moderation/entry-lookup-form";
import { firstParam, type SearchParams } from "@/lib/http/search-params";

export const metadata: Metadata = { title: "Find an entry’s history", robots: { index: false, follow: false } };

/** Accepts a bare slug or a pasted link to an entry. */
function toSlug(value: string): string {
  const withoutQuery = value.trim().split(/[?#]/)[0] ?? "";
  return withoutQuery.split("/").filter(Boolean).pop()?.toLowerCase() ?? "";
}

export default async function EntryLookupPage({ searchParams }: { searchParams: SearchParams }) {
  if (!isStaff(await currentActor())) notFound();
  const typed = firstParam((await searchParams).slug) ?? "";
  const slug = slugSchema.safeParse(toSlug(typed));
  if (slug.success) redirect(`/moderation/entries/${slug.data}`);
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">Find an entry’s history</h1>
      <EntryLookupForm
        defaultValue={typed}
        error={typed ? "That is not an entry address. It has only lower-case letters, digits and hyphens." : undefined}
      />
      <p className="text-sm">
        <Link href="/moderation">Back to the queue</Link>
      </p>
    </div>
  );
}
