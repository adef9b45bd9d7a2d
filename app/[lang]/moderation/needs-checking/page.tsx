import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { Link } from "@/lib/i18n/navigation";
import { FLAG_AFTER_MONTHS, REMIND_AFTER_MONTHS } from "@/lib/verification/freshness";
import { listNeedsChecking } from "@/lib/verification/lists";
import { needsCheckingQuerySchema } from "@/lib/verification/schema";
import { ModerationBreadcrumb } from "@/components/moderation/moderation-breadcrumb";
import { EmptyState } from "@/components/ui/empty-state";
import { VerificationTable } from "@/components/verification/verification-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("moderation.needsChecking");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function NeedsCheckingPage({ searchParams }: { searchParams: SearchParams }) {
  const { page } = needsCheckingQuerySchema.parse({ page: firstParam((await searchParams).page) });
  const list = await listNeedsChecking(await currentActor(), page);
  if (!list) notFound();
  const t = await getTranslations("moderation.needsChecking");
  const caption = t("caption", { count: list.total, page: list.page, pages: list.pageCount });
  const pageHref = (n: number) => (n === 1 ? "/moderation/needs-checking" : `/moderation/needs-checking?page=${n}`);
  return (
    <div className="space-y-6">
      <div>
        <ModerationBreadcrumb current={t("title")} />
        <h1 className="mt-3 text-2xl font-bold">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("intro", { months: FLAG_AFTER_MONTHS })}</p>
        <p className="mt-2 max-w-3xl text-slate-700">{t("noOneToRemind", { months: REMIND_AFTER_MONTHS })}</p>
      </div>
      {list.total > 0 ? (
        <div className="space-y-3">
          <p className="font-semibold">{caption}</p>
          <VerificationTable items={list.items} caption={caption} showOrganisation />
        </div>
      ) : (
        <EmptyState title={t("emptyTitle")} message={t("emptyMessage", { months: FLAG_AFTER_MONTHS })} />
      )}
      {list.pageCount > 1 && (
        <nav aria-label={t("pages")} className="flex flex-wrap gap-4 text-sm">
          {list.page > 1 && (
            <Link href={pageHref(list.page - 1)} rel="prev">
              {t("previous")}
            </Link>
          )}
          <span>{t("pageOf", { page: list.page, pages: list.pageCount })}</span>
          {list.page < list.pageCount && (
            <Link href={pageHref(list.page + 1)} rel="next">
              {t("next")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
