import { SectionMessages } from "@/components/i18n/section-messages";

// The application forms' words travel with these pages only.
export default function AllianceLayout({ children }: { children: React.ReactNode }) {
  return <SectionMessages sections={["validation", "alliance"]}>{children}</SectionMessages>;
}
