import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField } from "@/components/forms/select-field";
import { Section } from "@/components/ui/section";
import type { FormAction } from "@/lib/forms/action-state";
import { languageName, LOCALES, type Locale } from "@/lib/i18n/locales";

/**
 * "Language of mails" on the account page: the language of the mails and
 * notifications the user gets, whatever language they browse in. Each
 * language is named in itself, so that anyone finds theirs.
 */
export async function MailLanguageForm({ action, current }: { action: FormAction; current: Locale }) {
  const t = await getTranslations("mailLanguage");
  return (
    <Section id="mail-language" title={t("title")} intro={t("intro")} className="space-y-2">
      <ActionForm action={action} submitLabel={t("submit")}>
        <SelectField form="mail-language" name="locale" label={t("label")} defaultValue={current} required>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {languageName(locale)}
            </option>
          ))}
        </SelectField>
      </ActionForm>
    </Section>
  );
}
