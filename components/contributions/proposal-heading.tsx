import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import type { ProposalView } from "@/lib/submissions/views";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { StateBadge } from "@/components/ui/proposal-state-badge";
import { When } from "@/components/ui/when";

export async function ProposalHeading({ proposal }: { proposal: ProposalView }) {
  const { published } = proposal;
  const [t, locale] = await Promise.all([getTranslations("contributions"), getLocale()]);
  const entryLink = (chunks: ReactNode) => published && <Link href={`/entries/${published.slug}`}>{chunks}</Link>;
  return (
    <header className="space-y-3">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/contributions">{t("list.title")}</Link>
      </nav>
      <h1 className="text-2xl font-bold">{proposal.title}</h1>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
        <StateBadge state={proposal.state} />
        <span>{vocabularyLabel("kind", proposal.kind, locale)}</span>
        <span>{t("heading.for", { organisation: proposal.organisation.name })}</span>
        <span>{t.rich("heading.started", { author: proposal.author, when: () => <When date={proposal.updatedAt} withTime /> })}</span>
      </div>
      <p className="max-w-3xl">{t(`state.${proposal.state}`)}</p>
      {published && (
        <p className="max-w-3xl text-sm text-slate-700">
          {t.rich(published.archived ? "heading.editOfArchived" : "heading.editOfPublished", { title: published.content.title, link: entryLink })}
        </p>
      )}
    </header>
  );
}
