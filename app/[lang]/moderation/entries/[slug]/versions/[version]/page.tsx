import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { isStaff } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { slugSchema } from "@/lib/catalogue/schema";
import { Link } from "@/lib/i18n/navigation";
import { getEntryVersion } from "@/lib/submissions/history";
import { FieldDiff } from "@/components/moderation/field-diff";
import { ModerationBreadcrumb } from "@/components/moderation/moderation-breadcrumb";
import { ProposalFields } from "@/components/moderation/proposal-fields";
import { When } from "@/components/ui/when";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("moderation.version");
  return { title: t("title"), robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ slug: string; version: string }> };

const versionSchema = z.coerce.number().int().min(1).max(1_000_000);

export default async function EntryVersionPage({ params }: Props) {
  const actor = await currentActor();
  if (!isStaff(actor)) notFound();
  const { slug, version } = await params;
  const parsedSlug = slugSchema.safeParse(slug);
  const parsedVersion = versionSchema.safeParse(version);
  if (!parsedSlug.success || !parsedVersion.success) notFound();
  const detail = await getEntryVersion(actor, parsedSlug.data, parsedVersion.data);
  if (!detail) notFound();
  const t = await getTranslations("moderation.version");

  return (
    <div className="space-y-6">
      <header>
        <ModerationBreadcrumb current={t("version", { version: detail.version })} />
        <h1 className="mt-3 text-2xl font-bold leading-tight">
          {t("heading", { title: detail.title, version: detail.version })}
        </h1>
        <p className="mt-2 text-sm text-slate-700">
          {t.rich("approvedBy", { name: detail.approvedBy, date: () => <When date={detail.createdAt} withTime /> })}
          {detail.proposalId && (
            <>
              {" · "}
              <Link href={`/moderation/${detail.proposalId}`}>{t("review")}</Link>
            </>
          )}
          {" · "}
          <Link href={`/moderation/entries/${detail.slug}`}>{t("allVersions")}</Link>
        </p>
      </header>
      {detail.previousVersion === null ? (
        <ProposalFields fields={detail.changes} heading={t("version", { version: detail.version })} />
      ) : (
        <FieldDiff
          changes={detail.changes}
          beforeHeading={t("version", { version: detail.previousVersion })}
          afterHeading={t("version", { version: detail.version })}
          version={detail.version}
        />
      )}
    </div>
  );
}
