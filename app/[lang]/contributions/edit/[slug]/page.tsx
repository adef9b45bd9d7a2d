import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { belongsTo } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getPublishedEntry } from "@/lib/catalogue/entries";
import { slugSchema } from "@/lib/catalogue/schema";
import { Link } from "@/lib/i18n/navigation";
import { entryOwner } from "@/lib/organisations/directory";
import { StartEditForm } from "@/components/contributions/start-edit-form";
import { startEditAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("contributions.edit");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ slug: string }> };

// A page with a button rather than a link that starts the edit, so following
// or prefetching a link never creates a proposal.
export default async function ProposeChangesPage({ params }: Props) {
  const parsed = slugSchema.safeParse((await params).slug);
  if (!parsed.success) notFound();
  const slug = parsed.data;
  const actor = await requireActor(`/contributions/edit/${slug}`);
  const [entry, owner, t] = await Promise.all([getPublishedEntry(slug), entryOwner(slug), getTranslations("contributions")]);
  if (!entry) notFound();
  const allowed = owner !== null && belongsTo(actor, owner.id);
  const accountLink = (chunks: ReactNode) => <Link href="/account">{chunks}</Link>;
  return (
    <div className="max-w-3xl space-y-5">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href={`/entries/${slug}`}>{t("edit.back")}</Link>
      </nav>
      <h1 className="text-2xl font-bold">{t("edit.title", { title: entry.title })}</h1>
      {allowed ? (
        <>
          <p className="text-slate-700">{t("edit.intro", { organisation: owner.name })}</p>
          <StartEditForm action={startEditAction} slug={slug} labels={{ start: t("edit.start"), opening: t("edit.opening") }} />
        </>
      ) : (
        <p className="text-slate-700">
          {owner ? t.rich("edit.onlyMembersOf", { organisation: owner.name, link: accountLink }) : t.rich("edit.onlyMembers", { link: accountLink })}
        </p>
      )}
    </div>
  );
}
