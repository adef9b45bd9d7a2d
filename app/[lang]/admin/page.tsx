import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { isStaff, ROLES } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { localisedPath } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { listUsers } from "@/lib/users/admin";
import { ActiveForm } from "@/components/admin/active-form";
import { RoleForm } from "@/components/admin/role-form";
import { Section } from "@/components/ui/section";
import { changeRoleAction, setUserActiveAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: SearchParams };

export default async function AdminPage({ searchParams }: Props) {
  const actor = await requireActor("/admin");
  const [t, locale] = await Promise.all([getTranslations("admin"), getLocale()]);
  const params = await searchParams;
  const list = await listUsers(actor, { q: firstParam(params.q), page: firstParam(params.page), role: firstParam(params.role) });
  if (!list) {
    if (isStaff(actor)) redirect(localisedPath(locale, "/admin/organisations"));
    notFound();
  }
  const { q, role } = list;
  const pageHref = (page: number) => `/admin?${new URLSearchParams({ q, ...(role ? { role } : {}), page: String(page) })}`;
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const roleName = (value: string) => {
    const known = ROLES.find((r) => r === value);
    return known ? t(`roles.${known}`) : value;
  };
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>
        <Link href="/admin/organisations">{t("organisationsLink")}</Link>
      </p>
      <Section id="users" title={t("users.heading")} className="space-y-4">
        <form method="get" action={localisedPath(locale, "/admin")} role="search" className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="user-q" className="block font-medium">
              {t("users.searchEmail")}
            </label>
            <input id="user-q" name="q" type="search" defaultValue={q} maxLength={254} className="mt-1 rounded-md border border-slate-400 px-3 py-2" />
          </div>
          <div>
            <label htmlFor="user-role" className="block font-medium">
              {t("users.role")}
            </label>
            <select id="user-role" name="role" defaultValue={role} className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-2">
              <option value="">{t("users.everyRole")}</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("users.search")}
          </button>
        </form>
        <p aria-live="polite">
          {q && role
            ? t("users.countMatchingWithRole", { count: list.total, q, role: t(`roles.${role}`) })
            : q
              ? t("users.countMatching", { count: list.total, q })
              : role
                ? t("users.countWithRole", { count: list.total, role: t(`roles.${role}`) })
                : t("users.count", { count: list.total })}
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
                      <span className="inline-block rounded bg-slate-200 px-2 py-0.5 text-sm font-semibold text-slate-900">{t("users.deactivated")}</span>
                    </>
                  )}
                </p>
                <p className="text-sm text-slate-700">
                  {user.name ?? t("users.noName")} · {user.verified ? t("users.confirmed") : t("users.notConfirmed")}
                  {user.organisations.length > 0 && <> · {user.organisations.join(", ")}</>}
                </p>
              </div>
              {user.id === actor.id ? (
                <p className="text-sm">{t("users.you", { role: roleName(user.role) })}</p>
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
          <summary className="cursor-pointer font-semibold">{t("users.grantsHeading")}</summary>
          <dl className="mt-2 space-y-1">
            {ROLES.map((role) => (
              <div key={role}>
                <dt className="inline font-semibold">{t("users.grantOf", { role: t(`roles.${role}`) })}</dt> <dd className="inline">{t(`grants.${role}`)}</dd>
              </div>
            ))}
          </dl>
        </details>
        {pages > 1 && (
          <nav aria-label={t("users.pages")} className="flex gap-4">
            {list.page > 1 && <Link href={pageHref(list.page - 1)}>{t("users.previous")}</Link>}
            <span>{t("users.page", { page: list.page, pages })}</span>
            {list.page < pages && <Link href={pageHref(list.page + 1)}>{t("users.next")}</Link>}
          </nav>
        )}
      </Section>
    </div>
  );
}
