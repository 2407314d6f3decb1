import { describe, expect, it } from 'vitest';
import { CmsRefusal } from '../cms/as-user';
import { CmsError } from '../cms/client';
import { errorsOfRefusal, tryCms } from './refusals';

describe("the CMS's refusals as a form's errors", () => {
  it('puts each field the CMS names beside that field, by the last part of its path', () => {
    const e = new CmsRefusal(400, 'incomplete', { fields: { 'proposal.title': 'required', plan: 'too-long' } });
    expect(errorsOfRefusal(e, {}, 'title')).toEqual([
      { field: 'title', key: 'required' },
      { field: 'plan', key: 'too-long' },
    ]);
  });

  it('puts a refusal of the whole request beside the field the form says, else the fallback', () => {
    expect(errorsOfRefusal(new CmsRefusal(400, 'credentials', {}), { credentials: 'email' }, 'password')).toEqual([
      { field: 'email', key: 'credentials' },
    ]);
    expect(errorsOfRefusal(new CmsRefusal(400, 'not-verified', {}), {}, 'submit')).toEqual([{ field: 'submit', key: 'not-verified' }]);
    expect(errorsOfRefusal(new CmsRefusal(400, 'file-type', { field: 'file' }), {}, 'document')).toEqual([
      { field: 'file', key: 'file-type' },
    ]);
  });

  it('says when to try again after too many tries', () => {
    expect(errorsOfRefusal(new CmsRefusal(429, 'too-many', { retryAfter: 120 }), {}, 'email')).toEqual([
      { field: 'email', key: 'too-many', retryAfter: 120 },
    ]);
  });

  it('keeps the typed values on the page when the CMS is down, and leaves a refused session to the caller', async () => {
    expect(
      await tryCms(
        async () => {
          throw new CmsError('unavailable', 'down');
        },
        {},
        'email',
      ),
    ).toEqual({ ok: false, status: 503, errors: [{ field: 'email', key: 'unavailable' }] });
    await expect(
      tryCms(async () => {
        throw new CmsRefusal(401, 'unauthorized', {});
      }),
    ).rejects.toBeInstanceOf(CmsRefusal);
    expect(await tryCms(async () => 7)).toEqual({ ok: true, value: 7 });
  });
});
