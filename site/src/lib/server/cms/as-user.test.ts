import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { signIn } from './account';
import { CmsRefusal, cmsCall } from './as-user';
import { getApplication } from './applications';
import { CmsError } from './client';

type Seen = { url: string; init: RequestInit };
const cms = (status: number, body: unknown, seen: Seen[] = []) =>
  (async (url: string, init: RequestInit) => {
    seen.push({ url, init });
    return new Response(JSON.stringify(body), { status });
  }) as unknown as typeof fetch;

const refusalOf = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => undefined,
    (x) => x,
  );
  return e as CmsRefusal | CmsError;
};

describe('calls to the CMS for a person', () => {
  it("sends the person's JWT, never the site's token, and the JSON body as is", async () => {
    const seen: Seen[] = [];
    await cmsCall('/account/me', z.unknown(), { bearer: 'person-jwt', fetchFn: cms(200, {}, seen) });
    expect((seen[0].init.headers as Record<string, string>).authorization).toBe('Bearer person-jwt');
    await signIn('a@b.ma', 'secret-123456', cms(200, { jwt: 'j', refreshToken: 'r', expiresAt: '2026-03-14T09:30:00.000Z' }, seen));
    expect((seen[1].init.headers as Record<string, string>).authorization).toBeUndefined();
    expect(JSON.parse(String(seen[1].init.body))).toEqual({ email: 'a@b.ma', password: 'secret-123456' });
  });

  it('turns a refusal into its key and details, whatever its status', async () => {
    const e = await refusalOf(
      cmsCall('/x', z.unknown(), {
        bearer: null,
        fetchFn: cms(400, {
          error: { status: 400, name: 'ValidationError', message: 'incomplete', details: { fields: { title: 'required' } } },
        }),
      }),
    );
    expect(e).toBeInstanceOf(CmsRefusal);
    expect(e).toMatchObject({ status: 400, key: 'incomplete', details: { fields: { title: 'required' } } });
    expect(
      await refusalOf(
        cmsCall('/x', z.unknown(), { bearer: null, fetchFn: cms(429, { error: { message: 'too-many', details: { retryAfter: 60 } } }) }),
      ),
    ).toMatchObject({
      key: 'too-many',
      details: { retryAfter: 60 },
    });
    // A 404 is "not found or not yours", even in Strapi's own words.
    expect(await refusalOf(cmsCall('/x', z.unknown(), { bearer: 'j', fetchFn: cms(404, { data: null }) }))).toMatchObject({
      status: 404,
      key: 'not-found',
    });
  });

  it('is a CMS failure, not a refusal, when it is down or answers nonsense', async () => {
    expect(await refusalOf(cmsCall('/x', z.unknown(), { bearer: null, fetchFn: cms(500, {}) }))).toMatchObject({ failure: 'unavailable' });
    expect(await refusalOf(signIn('a@b.ma', 'p', cms(200, { token: 'not the shape' })))).toMatchObject({ failure: 'bad-answer' });
  });

  it('reads an application bare or wrapped in data, and a new draft with its parts empty', async () => {
    const draft = {
      documentId: 'abc',
      status: 'draft',
      receipt: null,
      submittedAt: null,
      updatedAt: '2026-03-14T09:00:00.000Z',
      editable: true,
      call: {
        slug: 'ami',
        reference: 'AMI-2026-03',
        title: 'Appel',
        deadline: '2026-03-30T23:59:00.000Z',
        phase: 'open',
        documents: [],
        criteria: [],
      },
      proposal: null,
      reach: null,
      accessibility: null,
      attachments: [{ id: 7, document: 'statutes', name: 'statuts.pdf', mime: 'application/pdf', size: 1000 }],
      steps: { about: 'done', proposal: 'todo', reach: 'todo', accessibility: 'todo', documents: 'todo' },
      decision: null,
    };
    for (const body of [draft, { data: draft }]) {
      const app = await getApplication('j', 'abc', 'ar', cms(200, body));
      expect(app.proposal.title).toBe('');
      expect(app.reach).toEqual({ neighbourhoods: [], audiences: [], participants: null, outreach: '' });
      expect(app.attachments[0].id).toBe('7');
    }
  });
});
