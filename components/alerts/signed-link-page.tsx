import { getTranslations } from "next-intl/server";
import type { AlertLinkPurpose } from "@/lib/alerts/links";
import { alertForLink } from "@/lib/alerts/subscriptions";
import type { FormAction } from "@/lib/forms/action-state";
import { firstParam, type SearchParamValues } from "@/lib/http/search-params";
import { ActionForm } from "@/components/forms/action-form";
import { StatusMessage } from "@/components/forms/status-message";
import { EmptyState } from "@/components/ui/empty-state";

type Props = {
  purpose: AlertLinkPurpose;
  params: SearchParamValues;
  action: FormAction;
};

const TEXTS = {
  confirm: { title: "confirmTitle", intro: "confirmIntro", button: "confirmButton", done: "confirmed" },
  unsubscribe: { title: "unsubscribeTitle", intro: "unsubscribeIntro", button: "unsubscribeButton", done: "unsubscribed" },
} as const;

/**
 * The page a link in an alert mail opens. Opening it changes nothing (mail
 * scanners open links too): it names the alert and asks for one click.
 */
export async function SignedLinkPage({ purpose, params, action }: Props) {
  const t = await getTranslations("alerts");
  const texts = TEXTS[purpose];
  const body = await (async () => {
    if (firstParam(params.done)) {
      return (
        <StatusMessage>
          <span aria-hidden="true">✓ </span>
          {t(texts.done)}
        </StatusMessage>
      );
    }
    const id = firstParam(params.id) ?? "";
    const token = firstParam(params.token) ?? "";
    const found = await alertForLink({ id, token }, purpose);
    if (!found.ok) return <EmptyState message={found.code === "not_found" ? t("gone") : t("badLink")} />;
    const { alert } = found;
    return (
      <>
        <p className="text-slate-800 wrap-anywhere">{t(texts.intro, { name: alert.name, email: alert.email ?? "" })}</p>
        <ActionForm action={action} submitLabel={t(texts.button)} tone={purpose === "unsubscribe" ? "danger" : "primary"}>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="token" value={token} />
        </ActionForm>
      </>
    );
  })();
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-bold">{t(texts.title)}</h1>
      {body}
    </div>
  );
}
