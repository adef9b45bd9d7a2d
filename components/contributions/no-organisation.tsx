import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { EmptyState } from "@/components/ui/empty-state";

/** Contributing needs an active membership; say how to get one. */
export function NoOrganisation() {
  const t = useTranslations("contributions.noOrganisation");
  return <EmptyState className="max-w-3xl" title={t("title")} message={t.rich("message", { link: (chunks) => <Link href="/account">{chunks}</Link> })} />;
}
