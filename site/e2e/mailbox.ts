import { within60s } from './harness';

/** What MailDev (the test stack's mail catcher, HUB_MAIL_URL) kept of one message. */
export interface Mail {
  to: { address: string }[];
  subject: string;
  text: string;
  html: string;
}

const MAIL = process.env.HUB_MAIL_URL ?? 'http://127.0.0.1:1181/api';

/** The messages sent to `address` so far, oldest first. */
export async function mailsTo(address: string): Promise<Mail[]> {
  const res = await fetch(`${MAIL}/email`);
  if (!res.ok) throw new Error(`MailDev answered ${res.status} at ${MAIL}/email`);
  const all = (await res.json()) as Mail[];
  return all.filter((m) => m.to.some((t) => t.address.toLowerCase() === address.toLowerCase()));
}

/** Waits (a minute at most) for a message to `address` that `matches`, and returns it. */
export async function waitForMail(address: string, matches: (m: Mail) => boolean): Promise<Mail> {
  let found: Mail | undefined;
  const arrived = await within60s(async () => {
    found = (await mailsTo(address)).find(matches);
    return Boolean(found);
  });
  if (!arrived || !found) throw new Error(`No matching e-mail reached ${address} within a minute`);
  return found;
}

/** The first link of a message to a path of the site (the confirmation or reset link). */
export function linkIn(mail: Mail, path: RegExp): string {
  const links = [...`${mail.text}\n${mail.html}`.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((m) => m[0].replace(/&amp;/g, '&'));
  const link = links.find((l) => path.test(new URL(l).pathname));
  if (!link) throw new Error(`No link to ${path} in "${mail.subject}"`);
  return link;
}
