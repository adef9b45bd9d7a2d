import { z } from "zod";
import { passwordSchema } from "./password";

// The inputs of the account forms, shared by the server actions and lib/.

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "This email address is too long.")
  .pipe(z.email("Enter an email address like name@example.org."));

export const signUpSchema = z.object({
  name: z.string({ error: "Enter your name." }).trim().min(1, "Enter your name.")
    .max(120, "Use at most 120 characters.")
    .regex(/^[^\p{Cc}]+$/u, "Use letters, spaces and punctuation only."),
  email: emailSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200, "Use at most 200 characters."),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const tokenSchema = z
  .string({ error: "This link is incomplete." })
  .regex(/^[\w-]{43}$/, "This link is incomplete or damaged. Copy the whole link from the mail.");

export const resetPasswordSchema = z
  .object({ token: tokenSchema, password: passwordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords are not the same." });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const emailOnlySchema = z.object({ email: emailSchema });
