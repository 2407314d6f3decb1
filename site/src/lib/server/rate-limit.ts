/**
 * A sliding-window limit per key (a visitor's address), counted in this process's memory: each
 * site replica counts its own, and the CMS keeps its own limits per account. It is there to stop
 * a script trying passwords or posting in a loop, not to meter people, so the windows are generous.
 * The map is bounded: when full, the keys seen least recently go first.
 */
export interface RateLimit {
  /** Counts one try and says whether it is allowed; a refused try is not counted. */
  allow(key: string, at?: number): boolean;
  /** Seconds until `key` may try again (0 when it may now). */
  retryAfter(key: string, at?: number): number;
}

export function rateLimit({ max, windowMs, maxKeys = 10_000 }: { max: number; windowMs: number; maxKeys?: number }): RateLimit {
  const seen = new Map<string, number[]>();
  const recent = (key: string, at: number) => (seen.get(key) ?? []).filter((t) => at - t < windowMs);
  return {
    allow(key, at = Date.now()) {
      const tries = recent(key, at);
      const allowed = tries.length < max;
      if (allowed) tries.push(at);
      // Re-inserted so that the map's order is the order of last use.
      seen.delete(key);
      seen.set(key, tries);
      while (seen.size > maxKeys) seen.delete(seen.keys().next().value!);
      return allowed;
    },
    retryAfter(key, at = Date.now()) {
      const tries = recent(key, at);
      return tries.length < max ? 0 : Math.ceil((tries[0] + windowMs - at) / 1000);
    },
  };
}

const MINUTE = 60_000;

/** The hub's limits per visitor address, one per kind of request a script would repeat. */
export const limits = {
  /** 5 comments in 10 minutes: a resident writing three suggestions is never stopped. */
  comment: rateLimit({ max: 5, windowMs: 10 * MINUTE }),
  /** 10 sign-ins in 15 minutes: enough for mistyped passwords, too few to guess one. */
  signIn: rateLimit({ max: 10, windowMs: 15 * MINUTE }),
  /** 5 registrations an hour from one address (an association's office may register a few). */
  register: rateLimit({ max: 5, windowMs: 60 * MINUTE }),
  /** 5 password-reset requests or attempts an hour: each one sends an e-mail or tries a code. */
  reset: rateLimit({ max: 5, windowMs: 60 * MINUTE }),
  /** 10 submissions in 10 minutes: a submission is final, retries come from a lost connection. */
  submit: rateLimit({ max: 10, windowMs: 10 * MINUTE }),
};
