import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Received {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

/**
 * A real SMTP server on a free loopback port, keeping every message the CMS sends, parsed (subject
 * and body decoded), for tests to read. Point the CMS at it with `env` before it boots.
 */
export async function startMailbox() {
  const received: Received[] = [];
  let refusing = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // A mail server that is down for a while: every recipient refused with a temporary error.
    onRcptTo(_address, _session, callback) {
      if (refusing) callback(Object.assign(new Error('Mailbox unavailable, try again later'), { responseCode: 451 }));
      else callback();
    },
    onData(stream, session, done) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
          });
          done();
        })
        .catch(done);
    },
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.server.address() as { port: number };
  return {
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_SECURE: 'false' },
    received,
    /** Messages to an address, oldest first. */
    to: (address: string) => received.filter((m) => m.to.includes(address)),
    /** Waits for the n-th message to an address (mail leaves after the HTTP answer in some flows). */
    async waitFor(address: string, n = 1, timeoutMs = 10_000): Promise<Received> {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        const mine = received.filter((m) => m.to.includes(address));
        if (mine.length >= n) return mine[n - 1];
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`No message #${n} to ${address} within ${timeoutMs} ms (got ${received.length} in all)`);
    },
    /** While true, the server refuses every message as a server that is down would. */
    refuse(value: boolean) {
      refusing = value;
    },
    stop: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
