import type { Prisma } from "@/lib/generated/prisma/client";

// Who a user is, as the account page, "Download my data" and the
// administrators' list of users all read it.
export const USER_IDENTITY = { id: true, email: true, name: true, role: true } satisfies Prisma.UserSelect;
