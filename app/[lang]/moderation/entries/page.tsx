import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { isStaff } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { slugSchema } from "@/lib/catalogue/schema";
import { EntryLookupForm } from "@/components/moderation/entry-lookup-form";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { localisedPath } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("moderation.lookup");
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** Accepts a bare slug or a pasted link to an entry. */
function toSlug(value: string): string {
  const withoutQuery = value.trim().split(/[?#]/)[0] ?? "";
  return withoutQuery.split("/").filter(Boolean).pop()?.toLowerCase() ?? "";
}

export default async function EntryLookupPage({ searchParams }: { searchParams: SearchParams }) {
  if (!isStaff(await currentActor())) notFound();
  const typed = firstParam((await searchParams).slug) ?? "";
  const slug = slugSchema.safeParse(toSlug(typed));
  if (slug.success) redirect(localisedPath(await getLocale(), `/moderation/entries/${slug.data}`));
  const t = await getTranslations("moderation.lookup");
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <EntryLookupForm
        defaultValue={typed}
        error={typed ? t("notAnAddress") : undefined}
      />
      <p className="text-sm">
        <Link href="/moderation">{t("backToQueue")}</Link>
      </p>
    </div>
  );
}
