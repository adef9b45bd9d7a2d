import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { getPublishedEntry } from "@/lib/catalogue/entries";
import { entryPath } from "@/lib/catalogue/paths";
import { slugSchema } from "@/lib/catalogue/schema";
import { entryInLanguage } from "@/lib/catalogue/translations";
import { contactTarget } from "@/lib/contact/target";
import { MESSAGE_MAX, MESSAGE_MIN } from "@/lib/contact/schema";
import { formatNumber } from "@/lib/format/numbers";
import { Link } from "@/lib/i18n/navigation";
import { ContactForm } from "@/components/contact/contact-form";
import { SectionMessages } from "@/components/i18n/section-messages";
import { sendContactMessageAction } from "../actions";

// A visitor writes to the people behind an entry; lib/contact relays it by
// mail. An entry that takes no messages (no address, or switched off by a
// moderator) says so here, for links that went stale.

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const { slug } = await params;
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) return null;
  const [entry, target] = await Promise.all([getPublishedEntry(parsed.data), contactTarget(parsed.data)]);
  return entry && { entry, target };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params);
  if (!loaded) return { title: (await getTranslations("entry"))("notFoundTitle") };
  const t = await getTranslations("contact");
  return { title: t("metaTitle", { title: entryInLanguage(loaded.entry, await getLocale()).title }), robots: { index: false, follow: true } };
}

export default async function ContactPage({ params }: Props) {
  const loaded = await load(params);
  if (!loaded) notFound();
  const { entry, target } = loaded;
  const [t, locale] = await Promise.all([getTranslations("contact"), getLocale()]);
  const shown = entryInLanguage(entry, locale);
  const back = <Link href={entryPath(entry.slug)}>{t("back")}</Link>;
  if (!target) {
    return (
      <div className="max-w-2xl space-y-4">
        <h1 className="text-2xl font-bold">{t("closedHeading")}</h1>
        <p className="text-slate-700">{t("closed")}</p>
        <p>{back}</p>
      </div>
    );
  }
  return (
    <div className="max-w-2xl space-y-4">
      <p className="text-sm">{back}</p>
      <h1 className="text-2xl font-bold leading-tight">
        {t.rich("heading", { title: shown.title, entry: (chunks) => <span lang={shown.titleLang === locale ? undefined : shown.titleLang}>{chunks}</span> })}
      </h1>
      <p className="text-slate-700">{t("intro", { organisation: target.organisation })}</p>
      <p className="text-sm text-slate-700">{t("privacy")}</p>
      <SectionMessages sections={["validation"]}>
        <ContactForm
          action={sendContactMessageAction}
          slug={entry.slug}
          maxLength={MESSAGE_MAX}
          labels={{
            name: t("name"),
            email: t("email"),
            emailHint: t("emailHint"),
            message: t("message"),
            messageHint: t("messageHint", { min: formatNumber(MESSAGE_MIN, locale), max: formatNumber(MESSAGE_MAX, locale) }),
            honeypot: t("honeypot"),
            submit: t("submit"),
            pending: t("pending"),
          }}
          after={<p>{back}</p>}
        />
      </SectionMessages>
    </div>
  );
}
