import { SectionMessages } from "@/components/i18n/section-messages";

// The sign-in, sign-up and password forms are client components: their words travel with these pages only.
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <SectionMessages sections={["validation", "auth"]}>{children}</SectionMessages>;
}
