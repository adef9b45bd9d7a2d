import { Link } from "@/lib/i18n/navigation";

export type TagLink = { label: string; href: string };

export function TagList({ label, tags }: { label: string; tags: TagLink[] }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label={label} className="tag-list">
      {tags.map((t) => (
        <li key={t.href}>
          <Link href={t.href}>{t.label}</Link>
        </li>
      ))}
    </ul>
  );
}
