import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { COUNTRIES } from "@/lib/catalogue/vocabularies";
import { canManageUsers } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { sortByLabel } from "@/lib/format/lists";
import { Link } from "@/lib/i18n/navigation";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { listMembershipRequests, listOrganisationsForStaff } from "@/lib/organisations/admin";
import { OrganisationForm } from "@/components/auth/organisation-form";
import { Cell, DataTable, Row } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";
import { createOrganisationAction } from "../actions";
import { MembershipButtons } from "./membership-buttons";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.organisations");
  return { title: t("title"), robots: { index: false } };
}

export default async function OrganisationsAdminPage() {
  const actor = await requireActor("/admin/organisations");
  const [organisations, requests] = await Promise.all([listOrganisationsForStaff(actor), listMembershipRequests(actor)]);
  if (!organisations || !requests) notFound();
  const [t, locale] = await Promise.all([getTranslations("admin.organisations"), getLocale()]);
  const countries = sortByLabel(
    COUNTRIES.map((c) => ({ value: c.value, label: vocabularyLabel("country", c.value, locale) })),
    (c) => c.label,
    locale,
  );
  return (
    <div className="space-y-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>

      <Section id="requests" title={t("requests.heading", { count: requests.length })} className="space-y-4">
        {requests.length === 0 ? (
          <p>{t("requests.none")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
            {requests.map((r) => (
              <li key={`${r.organisationId}:${r.userId}`} className="flex flex-wrap items-center justify-between gap-4 p-3">
                <p>
                  {t.rich("requests.asks", {
                    name: r.name ?? r.email,
                    email: r.email,
                    organisation: r.organisationName,
                    strong: (chunks) => <strong>{chunks}</strong>,
                    link: (chunks) => <Link href={`/admin/organisations/${r.organisationSlug}`}>{chunks}</Link>,
                  })}
                </p>
                <MembershipButtons userId={r.userId} organisationId={r.organisationId} canApprove removeLabel={t("decline")} />
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="list" title={t("list.heading", { count: organisations.length })} className="space-y-4">
        <DataTable caption={t("list.caption")} hideCaption columns={[t("list.name"), t("list.country"), t("list.members"), t("list.requests")]}>
          {organisations.map((o) => (
            <Row key={o.id}>
              <Cell>
                <Link href={`/admin/organisations/${o.slug}`}>{o.name}</Link>
              </Cell>
              <Cell>{o.country ?? "—"}</Cell>
              <Cell>{o.members}</Cell>
              <Cell>{o.requests}</Cell>
            </Row>
          ))}
        </DataTable>
      </Section>

      {canManageUsers(actor) && (
        <Section id="create" title={t("create")} className="space-y-4">
          <OrganisationForm action={createOrganisationAction} countries={countries} />
        </Section>
      )}
    </div>
  );
}
