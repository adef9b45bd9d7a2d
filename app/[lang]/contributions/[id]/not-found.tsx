import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export default function ProposalNotFound() {
  const t = useTranslations("contributions.notFound");
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("why")}</p>
      <p className="mt-4">{t.rich("goTo", { link: (chunks) => <Link href="/contributions">{chunks}</Link> })}</p>
    </div>
  );
}
