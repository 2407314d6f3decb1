/**
 * A request the hub refuses, named by a stable key the site words in the visitor's language
 * (`deadline-passed`, `file-type`, …), never by prose. Thrown by the domain code of accounts and
 * applications, answered in Strapi's error shape by `refusing`.
 */
export class Refusal extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 409 | 429,
    readonly key: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(key);
    this.name = 'Refusal';
  }
}

/** Field by field problems of one request: `{ title: 'too-long', participants: 'invalid' }`. */
export const invalidFields = (fields: Record<string, string>) => new Refusal(400, Object.values(fields)[0] ?? 'invalid', { fields });

/** Wraps a controller action: a Refusal becomes its status and key; anything else stays an error. */
export function refusing(handler: (ctx: any) => Promise<unknown>) {
  return async (ctx: any) => {
    try {
      await handler(ctx);
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
      ctx.status = e.status;
      if (e.status === 429 && typeof e.details.retryAfter === 'number') ctx.set('retry-after', String(e.details.retryAfter));
      ctx.body = { data: null, error: { status: e.status, name: 'Refused', message: e.key, details: e.details } };
    }
  };
}
