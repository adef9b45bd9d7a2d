import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { ProposalSummary } from "@/lib/submissions/views";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { Cell, DataTable, Row } from "@/components/ui/data-table";
import { StateBadge } from "@/components/ui/proposal-state-badge";
import { When } from "@/components/ui/when";

const COMMENT_LENGTH = 160;

function shorten(text: string): string {
  return text.length > COMMENT_LENGTH ? `${text.slice(0, COMMENT_LENGTH - 1).trimEnd()}…` : text;
}

export async function ContributionsTable({ items }: { items: ProposalSummary[] }) {
  const [t, locale] = await Promise.all([getTranslations("contributions.table"), getLocale()]);
  const columns = [t("proposal"), t("state"), t("organisation"), t("lastComment"), t("lastChange")];
  return (
    <DataTable caption={t("caption")} hideCaption columns={columns}>
      {items.map((p) => (
        <Row key={p.id}>
          <Cell>
            <Link href={`/contributions/${p.id}`} className="font-semibold">
              {p.title}
            </Link>
            <p className="text-slate-600">
              {t(p.isEdit ? "aboutEdit" : "aboutNew", { kind: vocabularyLabel("kind", p.kind, locale), author: p.author })}
            </p>
          </Cell>
          <Cell>
            <StateBadge state={p.state} />
          </Cell>
          <Cell>{p.organisation}</Cell>
          <Cell className="text-slate-700">{p.lastComment ? shorten(p.lastComment) : <span className="text-slate-600">{t("none")}</span>}</Cell>
          <Cell className="whitespace-nowrap">
            <When date={p.updatedAt} />
          </Cell>
        </Row>
      ))}
    </DataTable>
  );
}
