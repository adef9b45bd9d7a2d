import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import type { ProposalView } from "@/lib/submissions/views";
import { StateBadge } from "@/components/ui/proposal-state-badge";
import { When } from "@/components/ui/when";
import { ModerationBreadcrumb } from "@/components/moderation/moderation-breadcrumb";

export function ProposalHeader({ proposal }: { proposal: ProposalView }) {
  const t = useTranslations("moderation.proposal");
  const locale = useLocale();
  const { published } = proposal;
  return (
    <header>
      <ModerationBreadcrumb current={t("breadcrumb")} />
      <h1 className="mt-3 text-2xl font-bold leading-tight">{proposal.title}</h1>
      <dl className="mt-4 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("state")}</dt>
        <dd>
          <StateBadge state={proposal.state} />
        </dd>
        <dt className="font-semibold">{t("kind")}</dt>
        <dd>{vocabularyLabel("kind", proposal.kind, locale)}</dd>
        <dt className="font-semibold">{t("organisation")}</dt>
        <dd>{proposal.organisation.name}</dd>
        <dt className="font-semibold">{t("author")}</dt>
        <dd>{proposal.author}</dd>
        <dt className="font-semibold">{t("submitted")}</dt>
        <dd>{proposal.submittedAt ? <When date={proposal.submittedAt} withTime /> : t("notSubmitted")}</dd>
        <dt className="font-semibold">{t("proposes")}</dt>
        <dd>
          {published ? (
            <>
              {published.archived ? t("changesArchived", { version: published.version }) : t("changes", { version: published.version })}{" "}
              {!published.archived && <Link href={`/entries/${published.slug}`}>{t("publicPage")}</Link>}
              {!published.archived && " · "}
              <Link href={`/moderation/entries/${published.slug}`}>{t("history")}</Link>
            </>
          ) : (
            t("newEntry")
          )}
        </dd>
      </dl>
    </header>
  );
}
