import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { COUNTRIES } from "@/lib/catalogue/vocabularies";
import { canManageUsers } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { listMembershipRequests, listOrganisationsForStaff } from "@/lib/organisations/admin";
import { OrganisationForm } from "@/components/auth/organisation-form";
import { Cell, DataTable, Row } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";
import { createOrganisationAction } from "../actions";
import { MembershipButtons } from "./membership-buttons";

export const metadata: Metadata = { title: "Organisations", robots: { index: false } };

export default async function OrganisationsAdminPage() {
  const actor = await requireActor("/admin/organisations");
  const [organisations, requests] = await Promise.all([listOrganisationsForStaff(actor), listMembershipRequests(actor)]);
  if (!organisations || !requests) notFound();
  return (
    <div className="space-y-10">
      <h1 className="text-3xl font-bold">Organisations</h1>

      <Section id="requests" title={<>Requests to join ({requests.length})</>} className="space-y-4">
        {requests.length === 0 ? (
          <p>No one is waiting.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
            {requests.map((r) => (
              <li key={`${r.organisationId}:${r.userId}`} className="flex flex-wrap items-center justify-between gap-4 p-3">
                <p>
                  <strong>{r.name ?? r.email}</strong> ({r.email}) asks to join{" "}
                  <Link href={`/admin/organisations/${r.organisationSlug}`}>{r.organisationName}</Link>
                </p>
                <MembershipButtons userId={r.userId} organisationId={r.organisationId} canApprove removeLabel="Decline" />
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="list" title={<>All organisations ({organisations.length})</>} className="space-y-4">
        <DataTable caption="All organisations" hideCaption columns={["Name", "Country", "Members", "Requests"]}>
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
        <Section id="create" title="Create an organisation" className="space-y-4">
          <OrganisationForm action={createOrganisationAction} countries={COUNTRIES.map((c) => ({ value: c.value, label: c.label }))} />
        </Section>
      )}
    </div>
  );
}
