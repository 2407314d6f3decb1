import { describe, expect, it } from 'vitest';
import { secretMatches, tagsOfWebhook } from './revalidate';

describe('the CMS webhook', () => {
  it('is accepted with the shared secret only', () => {
    expect(secretMatches('s3cret-s3cret-s3cret', 's3cret-s3cret-s3cret')).toBe(true);
    expect(secretMatches('s3cret-s3cret-s3creT', 's3cret-s3cret-s3cret')).toBe(false);
    expect(secretMatches('short', 's3cret-s3cret-s3cret')).toBe(false);
    expect(secretMatches(null, 's3cret-s3cret-s3cret')).toBe(false);
    expect(secretMatches('anything', undefined)).toBe(false);
  });

  it('drops what an entry event names: its type and its record', () => {
    expect(tagsOfWebhook({ event: 'entry.unpublish', uid: 'api::event.event', entry: { documentId: 'abc' } })).toEqual([
      '*',
      'api::event.event',
      'api::event.event#abc',
    ]);
    expect(tagsOfWebhook({ event: 'entry.update', uid: 'api::venue.venue', entry: { documentId: 'v' } })).toContain('api::venue.venue');
  });

  it('drops everything for what it cannot place, never nothing', () => {
    expect(tagsOfWebhook({ event: 'entry.update', uid: 'api::unknown.unknown', entry: { documentId: 'x' } })).toBe('all');
    expect(tagsOfWebhook({ event: 'something.else' })).toBe('all');
    expect(tagsOfWebhook(undefined)).toBe('all');
    expect(tagsOfWebhook({ event: 'media.update', media: { id: 1 } })).toContain('plugin::upload.file');
  });
});
