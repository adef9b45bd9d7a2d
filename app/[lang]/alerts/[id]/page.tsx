import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ownAlert } from "@/lib/alerts/subscriptions";
import { requireActor } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { EditAlertForm } from "@/components/alerts/edit-alert-form";
import { ActionForm } from "@/components/forms/action-form";
import { deleteAlertAction, updateAlertAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("alerts");
  return { title: t("editTitle"), robots: { index: false, follow: false } };
}

export default async function EditAlertPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor(`/alerts/${encodeURIComponent(id)}`);
  const alert = await ownAlert(actor, id);
  // Someone else's alert is as absent as one that never was.
  if (!alert) notFound();
  const t = await getTranslations("alerts");
  return (
    <div className="max-w-xl space-y-6">
      <p>
        <Link href="/alerts">{t("listTitle")}</Link>
      </p>
      <h1 className="text-2xl font-bold wrap-anywhere">{t("editTitle")}</h1>
      <EditAlertForm action={updateAlertAction} alert={alert} />
      <section aria-labelledby="delete-alert" className="border-t border-slate-300 pt-6">
        <h2 id="delete-alert" className="text-lg font-semibold">
          {t("delete")}
        </h2>
        <ActionForm action={deleteAlertAction} submitLabel={t("deleteConfirm", { name: alert.name })} tone="danger" className="mt-3 flex flex-wrap items-end gap-3">
          <input type="hidden" name="id" value={alert.id} />
        </ActionForm>
      </section>
    </div>
  );
}
