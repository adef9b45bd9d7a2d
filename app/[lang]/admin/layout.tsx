import { SectionMessages } from "@/components/i18n/section-messages";

// The role, activation and invitation forms are client components: their words travel with these pages only.
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return <SectionMessages sections={["validation", "auth", "admin"]}>{children}</SectionMessages>;
}
