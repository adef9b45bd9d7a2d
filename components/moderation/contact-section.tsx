import { useTranslations } from "next-intl";
import type { EntryContactPanel } from "@/lib/contact/moderation";
import { KEEP_DAYS } from "@/lib/contact/log";
import type { FormAction } from "@/lib/forms/action-state";
import { Link } from "@/lib/i18n/navigation";
import { Section } from "@/components/ui/section";
import { ContactLogTable } from "./contact-log-table";
import { ContactSwitchForm } from "./contact-switch-form";

/** On an entry's moderation page: whether visitors can write to its organisation, the switch, and the log of their messages (no contents). */
export function ContactSection({ slug, panel, action }: { slug: string; panel: EntryContactPanel; action: FormAction }) {
  const t = useTranslations("moderation.contact");
  const organisation = panel.organisation;
  const state = !organisation
    ? t("noOrganisation")
    : !panel.enabled
      ? t("off")
      : panel.hasAddress
        ? t("on", { organisation: organisation.name })
        : t.rich("noAddress", { organisation: organisation.name, link: (chunks) => <Link href={`/admin/organisations/${encodeURIComponent(organisation.slug)}`}>{chunks}</Link> });
  return (
    <Section id="contact" title={t("heading")} size="panel" className="space-y-3 rounded-lg border border-slate-300 p-4">
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <p className="font-semibold">{state}</p>
      <ContactSwitchForm action={action} slug={slug} enabled={panel.enabled} />
      {panel.log.length > 0 ? <ContactLogTable rows={panel.log} /> : <p className="text-sm text-slate-700">{t("log.none", { days: KEEP_DAYS })}</p>}
      <p className="text-sm text-slate-700">{t("log.explained", { days: KEEP_DAYS })}</p>
    </Section>
  );
}
