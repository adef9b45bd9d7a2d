import fs from "node:fs";
import path from "node:path";
import { startMailbox } from "../../support/mailbox";

// The end-to-end tests' mail server: a real SMTP server in a process of its
// own (Playwright starts it beside the site), appending every mail it
// receives to a JSON-lines file that the tests read.

const port = Number(process.env.E2E_SMTP_PORT ?? 2526);
const file = path.resolve(process.env.E2E_MAIL_FILE ?? ".data/e2e-mail.jsonl");
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, "");

const mailbox = await startMailbox({ port, onMail: (mail) => fs.appendFileSync(file, `${JSON.stringify(mail)}\n`) });
console.log(`Mail sink on ${mailbox.url}, writing to ${file}`);
const stop = () => void mailbox.stop().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
