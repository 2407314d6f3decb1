import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allPages, CmsError, cmsGet, forEndpoint, forPage, httpAnswerOf } from './client';

const schema = z.object({ data: z.array(z.object({ slug: z.string() })) });
const answer = (status: number, body: unknown = {}) => (async () => new Response(JSON.stringify(body), { status })) as typeof fetch;
const failure = async (read: Promise<unknown>) => {
  const e = await read.then(
    () => undefined,
    (err) => err,
  );
  expect(e).toBeInstanceOf(CmsError);
  return (e as CmsError).failure;
};

describe('what the CMS answers, in terms a page can act on', () => {
  it('passes a valid answer through, typed', async () => {
    expect(await cmsGet('/events', {}, schema, answer(200, { data: [{ slug: 'a' }] }))).toEqual({ data: [{ slug: 'a' }] });
  });

  it('names each kind of failure', async () => {
    expect(await failure(cmsGet('/events', {}, schema, answer(404)))).toBe('not-found');
    expect(await failure(cmsGet('/events', {}, schema, answer(400, { error: { message: 'Invalid slug' } })))).toBe('refused');
    expect(await failure(cmsGet('/events', {}, schema, answer(500)))).toBe('unavailable');
    expect(await failure(cmsGet('/events', {}, schema, answer(502)))).toBe('unavailable');
    expect(await failure(cmsGet('/events', {}, schema, answer(403)))).toBe('bad-answer');
    expect(await failure(cmsGet('/events', {}, schema, answer(302)))).toBe('bad-answer');
    expect(await failure(cmsGet('/events', {}, schema, answer(200, { data: [{ title: 'no slug' }] })))).toBe('bad-answer');
    const unreachable = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    expect(await failure(cmsGet('/events', {}, schema, unreachable))).toBe('unavailable');
    const timeout = (async () => {
      throw new DOMException('The operation timed out.', 'TimeoutError');
    }) as typeof fetch;
    expect(await failure(cmsGet('/events', {}, schema, timeout))).toBe('unavailable');
  });

  it("maps them to one answer each: only an unreachable CMS is a 503, a refused query is the visitor's 400", () => {
    expect(httpAnswerOf(new CmsError('not-found', ''))).toEqual({ status: 404, message: 'not-found' });
    expect(httpAnswerOf(new CmsError('refused', ''))).toEqual({ status: 400, message: 'bad-request' });
    expect(httpAnswerOf(new CmsError('unavailable', ''))).toEqual({ status: 503, message: 'cms' });
    expect(httpAnswerOf(new CmsError('bad-answer', ''))).toEqual({ status: 502, message: 'cms' });
  });

  it('turns a failure into the error page for pages, and a short answer for endpoints', async () => {
    const thrown = await forPage(Promise.reject(new CmsError('refused', 'x'))).catch((e) => e);
    expect(thrown).toMatchObject({ status: 400, body: { message: 'bad-request' } });
    const ok = await forPage(Promise.resolve(7));
    expect(ok).toBe(7);
    const res = await forEndpoint(async () => {
      throw new CmsError('unavailable', 'down');
    });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(await res.json()).toEqual({ error: 'cms' });
    // Anything that is not a CMS failure is a bug, and stays one.
    await expect(
      forEndpoint(async () => {
        throw new RangeError('bug');
      }),
    ).rejects.toThrow('bug');
  });
});

describe('reading a whole capped list', () => {
  it('reads page after page until the last, and stops at the limit', async () => {
    const pages = [[1, 2], [3, 4], [5]];
    const asked: number[] = [];
    const read = async (page: number) => {
      asked.push(page);
      return { items: pages[page - 1], pageCount: pages.length };
    };
    expect(await allPages(read, 100)).toEqual([1, 2, 3, 4, 5]);
    expect(asked).toEqual([1, 2, 3]);
    asked.length = 0;
    expect(await allPages(read, 3)).toEqual([1, 2, 3]);
    expect(asked).toEqual([1, 2]);
    expect(await allPages(async () => ({ items: [], pageCount: 0 }), 10)).toEqual([]);
  });
});
