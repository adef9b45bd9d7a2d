import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { signUpAction } from "../actions";

export const metadata: Metadata = { title: "Create an account", robots: { index: false } };

export default function SignUpPage() {
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">Create an account</h1>
      <p className="text-slate-700">
        With an account you can ask to join your organisation or project team, then propose entries for it. We will
        mail you a link to confirm your address and choose your password.
      </p>
      <SignUpForm action={signUpAction} />
      <p className="border-t border-slate-200 pt-6">
        Already have an account? <Link href="/auth/sign-in">Sign in</Link>.
      </p>
    </div>
  );
}
