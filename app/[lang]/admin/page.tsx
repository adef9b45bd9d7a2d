import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { isStaff, ROLE_GRANTS, ROLES } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { listUsers } from "@/lib/users/admin";
import { ActiveForm } from "@/components/admin/active-form";
import { RoleForm } from "@/components/admin/role-form";
import { Section } from "@/components/ui/section";
import { changeRoleAction, setUserActiveAction } from "./actions";

export const metadata: Metadata = { title: "Administration", robots: { index: false } };

type Props = { searchParams: SearchParams };

export default async function AdminPage({ searchParams }: Props) {
  const actor = await requireActor("/admin");
  const params = await searchParams;
  const list = await listUsers(actor, { q: firstParam(params.q), page: firstParam(params.page), role: firstParam(params.role) });
  if (!list) {
    if (isStaff(actor)) redirect("/admin/organisations");
    notFound();
  }
  const { q, role } = list;
  const pageHref = (page: number) => `/admin?${new URLSearchParams({ q, ...(role ? { role } : {}), page: String(page) })}`;
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Administration</h1>
      <p>
        <Link href="/admin/organisations">Organisations and membership requests</Link>
      </p>
      <Section id="users" title="Users" className="space-y-4">
        <form method="get" action="/admin" role="search" className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="user-q" className="block font-medium">
              Search by email
            </label>
            <input id="user-q" name="q" type="search" defaultValue={q} maxLength={254} className="mt-1 rounded-md border border-slate-400 px-3 py-2" />
          </div>
          <div>
            <label htmlFor="user-role" className="block font-medium">
              Role
            </label>
            <select id="user-role" name="role" defaultValue={role} className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-2">
              <option value="">Every role</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            Search
          </button>
        </form>
        <p aria-live="polite">
          {list.total} {list.total === 1 ? "user" : "users"}
          {q && <> matching “{q}”</>}
          {role && <> with the role {role}</>}
        </p>
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
          {list.users.map((user) => (
            <li key={user.id} className="flex flex-wrap items-center justify-between gap-4 p-3">
              <div>
                <p className="font-medium">
                  {user.email}
                  {user.deactivatedAt && (
                    <>
                      {" "}
                      <span className="inline-block rounded bg-slate-200 px-2 py-0.5 text-sm font-semibold text-slate-900">deactivated</span>
                    </>
                  )}
                </p>
                <p className="text-sm text-slate-700">
                  {user.name ?? "No name"} · {user.verified ? "confirmed" : "not confirmed"}
                  {user.organisations.length > 0 && <> · {user.organisations.join(", ")}</>}
                </p>
              </div>
              {user.id === actor.id ? (
                <p className="text-sm">{user.role} (you)</p>
              ) : (
                <div className="space-y-3">
                  <RoleForm action={changeRoleAction} userId={user.id} email={user.email} current={user.role} />
                  <ActiveForm action={setUserActiveAction} userId={user.id} email={user.email} deactivated={user.deactivatedAt !== null} />
                </div>
              )}
            </li>
          ))}
        </ul>
        <details className="rounded-md border border-slate-200 p-3 text-sm">
          <summary className="cursor-pointer font-semibold">What each role can do</summary>
          <dl className="mt-2 space-y-1">
            {ROLES.map((role) => (
              <div key={role}>
                <dt className="inline font-semibold">{role}:</dt> <dd className="inline">{ROLE_GRANTS[role]}</dd>
              </div>
            ))}
          </dl>
        </details>
        {pages > 1 && (
          <nav aria-label="Pages of users" className="flex gap-4">
            {list.page > 1 && <Link href={pageHref(list.page - 1)}>Previous page</Link>}
            <span>
              Page {list.page} of {pages}
            </span>
            {list.page < pages && <Link href={pageHref(list.page + 1)}>Next page</Link>}
          </nav>
        )}
      </Section>
    </div>
  );
}
