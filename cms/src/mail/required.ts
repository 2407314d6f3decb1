/**
 * A production CMS without a mail server would accept registrations it can never confirm and
 * decisions it can never announce. It refuses to start instead, saying what to set.
 */
export function assertMailConfigured(env: NodeJS.ProcessEnv = process.env) {
  if (env.NODE_ENV === 'production' && !env.SMTP_HOST) {
    throw new Error(
      'SMTP_HOST is not set: the hub sends account confirmations, receipts and decisions by e-mail. ' +
        'Set SMTP_HOST (and SMTP_PORT, SMTP_USER, SMTP_PASS, MAIL_FROM); see README.md, Configuration.',
    );
  }
}
