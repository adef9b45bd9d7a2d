import type { Metadata } from "next";
import Link from "next/link";
import { EmailRequestForm } from "@/components/auth/email-request-form";
import { forgotPasswordAction } from "../actions";

export const metadata: Metadata = { title: "Forgotten password", robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">Forgotten your password?</h1>
      <p className="text-slate-700">Give the email address of your account and we will mail you a link to choose a new password.</p>
      <EmailRequestForm action={forgotPasswordAction} submitLabel="Mail me a link" />
      <p>
        <Link href="/auth/sign-in">Back to sign in</Link>
      </p>
    </div>
  );
}
