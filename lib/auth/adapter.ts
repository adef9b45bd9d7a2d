import "server-only";
import type { Adapter, AdapterAccount, AdapterUser } from "next-auth/adapters";
import { db } from "@/lib/db";
import { acceptInvitations } from "@/lib/organisations/invitations";

// next-auth's storage, over our own tables. @next-auth/prisma-adapter types
// its client as @prisma/client's, which is an untyped stub here (our client is
// generated into lib/generated), so it would check nothing; these few methods
// are typed against our schema instead. Sessions are JWTs, so the session
// methods are not needed; only the magic-link flow uses this adapter.

type UserRow = { id: string; email: string; name: string | null; image: string | null; emailVerified: Date | null };
const USER_FIELDS = { id: true, email: true, name: true, image: true, emailVerified: true } as const;

function toAdapterUser(row: UserRow): AdapterUser {
  return { id: row.id, email: row.email, name: row.name, image: row.image, emailVerified: row.emailVerified };
}

function normalise(email: string): string {
  return email.trim().toLowerCase();
}

export function clearinghouseAdapter(): Adapter {
  return {
    async createUser(user: Omit<AdapterUser, "id">) {
      const row = await db.user.create({
        data: { email: normalise(user.email), name: user.name ?? null, emailVerified: user.emailVerified, role: "member" },
        select: USER_FIELDS,
      });
      return toAdapterUser(row);
    },
    async getUser(id) {
      const row = await db.user.findUnique({ where: { id }, select: USER_FIELDS });
      return row && toAdapterUser(row);
    },
    async getUserByEmail(email) {
      const row = await db.user.findUnique({ where: { email: normalise(email) }, select: USER_FIELDS });
      return row && toAdapterUser(row);
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const account = await db.account.findUnique({
        where: { provider_providerAccountId: { provider, providerAccountId } },
        select: { user: { select: USER_FIELDS } },
      });
      return account ? toAdapterUser(account.user) : null;
    },
    async updateUser(user) {
      const row = await db.$transaction(async (tx) => {
        const row = await tx.user.update({
          where: { id: user.id },
          data: {
            ...(user.name !== undefined ? { name: user.name } : {}),
            ...(user.emailVerified !== undefined ? { emailVerified: user.emailVerified } : {}),
          },
          select: USER_FIELDS,
        });
        // A sign-in link proved the address: invitations waiting for it are accepted.
        if (user.emailVerified) await acceptInvitations(tx, row.id);
        return row;
      });
      return toAdapterUser(row);
    },
    async linkAccount(account: AdapterAccount) {
      await db.account.create({
        data: {
          userId: account.userId,
          type: account.type,
          provider: account.provider,
          providerAccountId: account.providerAccountId,
        },
      });
    },
    async createVerificationToken(token) {
      await db.verificationToken.create({ data: { ...token, identifier: normalise(token.identifier) } });
      return token;
    },
    async useVerificationToken({ identifier, token }) {
      // The delete decides, so a link works once even when opened twice at once.
      const rows = await db.$queryRaw<{ identifier: string; token: string; expires: Date }[]>`
        DELETE FROM verification_tokens WHERE identifier = ${normalise(identifier)} AND token = ${token}
        RETURNING identifier, token, expires`;
      return rows[0] ?? null;
    },
  };
}
