import { Link } from "@/lib/i18n/navigation";

export type TagLink = { label: string; href: string };

export function TagList({ label, tags }: { label: string; tags: TagLink[] }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {tags.map((t) => (
        <li key={t.href}>
          <Link
            href={t.href}
            className="inline-block rounded-full no-underline border border-slate-300 bg-slate-50 px-2.5 py-0.5 text-xs text-slate-800 hover:border-brand-600"
          >
            {t.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
