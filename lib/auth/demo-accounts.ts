import "server-only";
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { dataDir } from "@/lib/database/embedded";
import { hashPassword } from "./password";

// Demo accounts of a local database: created once, with random passwords that
// are printed at start and kept in DATA_DIR/demo-accounts.json (readable by
// its owner only). Never created on a given DATABASE_URL unless asked.

const demoAccountSchema = z.object({
  email: z.email(),
  password: z.string().min(16),
  role: z.enum(["member", "moderator", "admin"]),
  organisation: z.string().nullable(),
});
export type DemoAccount = z.infer<typeof demoAccountSchema>;

const DOMAIN = "demo.stem-clearinghouse.eu";

export function demoAccountsFile(directory = dataDir()): string {
  return path.join(directory, "demo-accounts.json");
}

function readDemoAccounts(file: string): DemoAccount[] | null {
  if (!fs.existsSync(file)) return null;
  const parsed = z.array(demoAccountSchema).safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  return parsed.success ? parsed.data : null;
}

async function allExist(accounts: DemoAccount[]): Promise<boolean> {
  const found = await db.user.count({ where: { email: { in: accounts.map((a) => a.email) } } });
  return found === accounts.length;
}

/** Two organisations for the two demo members: the first project teams by slug. */
async function demoOrganisations(): Promise<[string | null, string | null]> {
  const teams = await db.organisation.findMany({ where: { entry: { kind: "project-team" } }, orderBy: { slug: "asc" }, take: 2 });
  return [teams[0]?.slug ?? null, teams[1]?.slug ?? null];
}

async function saveAccount(account: DemoAccount): Promise<void> {
  const passwordHash = await hashPassword(account.password);
  const organisation = account.organisation ? await db.organisation.findUnique({ where: { slug: account.organisation } }) : null;
  await db.$transaction(async (tx) => {
    const user = await tx.user.upsert({
      where: { email: account.email },
      create: { email: account.email, name: `Demo ${account.role}`, role: account.role, passwordHash, emailVerified: new Date() },
      update: { role: account.role, passwordHash, emailVerified: new Date() },
    });
    if (organisation) {
      await tx.membership.upsert({
        where: { userId_organisationId: { userId: user.id, organisationId: organisation.id } },
        create: { userId: user.id, organisationId: organisation.id, state: "active" },
        update: { state: "active" },
      });
    }
  });
}

/**
 * The first demo member's organisation takes visitors' messages at that
 * member's address, so that the contact relay can be tried on a local
 * database (the mail lands in DATA_DIR/mail without SMTP_URL). An address
 * the organisation already has is kept.
 */
async function giveDemoContact(accounts: DemoAccount[]): Promise<void> {
  const member = accounts.find((a) => a.role === "member" && a.organisation);
  if (!member?.organisation) return;
  await db.organisation.updateMany({ where: { slug: member.organisation, contactEmail: null }, data: { contactEmail: member.email } });
}

export function formatDemoAccounts(accounts: DemoAccount[]): string {
  const rows = accounts.map((a) => [a.role, a.email, a.password, a.organisation ?? "—"]);
  const header = ["role", "email", "password", "organisation"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}

/** Idempotent: when the file and its users exist, nothing changes. */
export async function ensureDemoAccounts(directory = dataDir()): Promise<{ created: boolean; accounts: DemoAccount[] }> {
  const file = demoAccountsFile(directory);
  const existing = readDemoAccounts(file);
  if (existing && (await allExist(existing))) return { created: false, accounts: existing };

  const [first, second] = await demoOrganisations();
  const password = () => randomBytes(18).toString("base64url");
  const accounts: DemoAccount[] = [
    { email: `admin@${DOMAIN}`, password: password(), role: "admin", organisation: null },
    { email: `moderator@${DOMAIN}`, password: password(), role: "moderator", organisation: null },
    { email: `member1@${DOMAIN}`, password: password(), role: "member", organisation: first },
    { email: `member2@${DOMAIN}`, password: password(), role: "member", organisation: second },
  ];
  for (const account of accounts) await saveAccount(account);
  await giveDemoContact(accounts);
  fs.mkdirSync(directory, { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(accounts, null, 2)}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return { created: true, accounts };
}
