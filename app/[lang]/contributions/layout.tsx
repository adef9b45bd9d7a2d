import { SectionMessages } from "@/components/i18n/section-messages";

// The entry editor and the draft forms are client components: their words travel with these pages only.
export default function ContributionsLayout({ children }: { children: React.ReactNode }) {
  return <SectionMessages sections={["validation", "contributions", "editor"]}>{children}</SectionMessages>;
}
