import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '$lib/events/filters';
import { eventListQuery, eventQueryFilters, eventWindow, toEventPage } from './events';
import { eventDetail } from './schemas';
import { ACCESS_OFFERS } from '$lib/events/vocabulary';

describe('event filters sent to the CMS', () => {
  const now = new Date('2026-11-24T12:00:00Z');

  it('shows dates that have not ended when no date is given, and whole local days when dates are', () => {
    expect(eventWindow({ ...EMPTY_FILTERS, access: [] }, now)).toEqual({ from: '2026-11-24T12:00:00.000Z' });
    expect(eventWindow({ ...EMPTY_FILTERS, access: [], from: '2026-12-01', to: '2026-12-31' }, now)).toEqual({
      from: '2026-11-30T23:00:00.000Z',
      to: '2026-12-31T23:00:00.000Z',
    });
    expect(eventQueryFilters({ ...EMPTY_FILTERS, access: [] })).toEqual({ $and: [] });
  });

  it('turns each filter into the matching CMS condition', () => {
    const q = eventQueryFilters({
      ...EMPTY_FILTERS,
      neighbourhood: 'kouilma',
      category: 'sport',
      audience: 'disability',
      access: ['wheelchair', 'easy-read'],
      free: true,
      from: '2026-12-01',
      to: '2026-12-31',
      q: 'Boccia',
    }) as { $and: unknown[] };
    expect(q.$and).toEqual([
      { venue: { neighbourhood: { slug: { $eq: 'kouilma' } } } },
      { domain: { $eq: 'sport' } },
      { audience: { peopleWithDisabilities: { $eq: true } } },
      { accessibility: { wheelchair: { $eq: true } } },
      { accessibility: { easyRead: { $eq: true } } },
      { isFree: { $eq: true } },
    ]);
  });

  it('leaves the text search to the CMS, which folds it as it folded what it stores', () => {
    const query = eventListQuery({ ...EMPTY_FILTERS, access: [], q: 'Théâtre' }, 'fr', 12, now);
    expect(query.search).toBe('Théâtre');
    expect(JSON.stringify(query.filters)).not.toContain('Théâtre');
    expect(eventListQuery({ ...EMPTY_FILTERS, access: [] }, 'fr', 12, now)).not.toHaveProperty('search');
    expect(eventListQuery({ ...EMPTY_FILTERS, access: [] }, 'fr', 12, now, true)).toMatchObject({
      group: 'event',
      from: '2026-11-24T12:00:00.000Z',
    });
  });

  it('filters a single kind of activity by category', () => {
    const q = eventQueryFilters({ ...EMPTY_FILTERS, access: [], category: 'chess' }) as { $and: unknown[] };
    expect(q.$and).toContainEqual({ category: { $eq: 'chess' } });
  });
});

describe('the event page view model', () => {
  const detail = eventDetail.parse({
    documentId: 'd1',
    title: 'Boccia',
    slug: 'boccia',
    summary: 's',
    domain: 'sport',
    category: 'para-sport',
    startsAt: '2026-12-05T15:00:00.000Z',
    endsAt: '2026-12-05T17:00:00.000Z',
    eventStatus: 'scheduled',
    statusNote: null,
    isFree: false,
    priceMad: '20.00',
    updatedAt: '2026-11-24T00:00:00.000Z',
    venue: {
      name: 'Salle',
      slug: 'salle',
      address: 'Kouilma',
      point: { lat: '35.56', lng: '-5.39' },
      neighbourhood: { name: 'Kouilma', slug: 'kouilma' },
    },
    organisers: [{ name: 'Club', slug: 'club' }],
    audience: null,
    accessibility: Object.fromEntries(Object.values(ACCESS_OFFERS).map((f) => [f, f === 'wheelchair'])),
    registration: null,
    description: 'd',
    series: null,
    seriesChanges: [],
    recurrence: null,
    seriesEndsAt: '2026-12-05T17:00:00.000Z',
    upcoming: [],
    accessibilityNotes: null,
    imageAlt: '',
    image: { url: 'http://127.0.0.1:1337/uploads/poster.jpg', alternativeText: 'Affiche', width: 10, height: 10 },
    programme: null,
    signLanguageVideo: {
      transcript: 'T',
      video: { url: '/uploads/capsule.mp4', mime: 'video/mp4' },
      captions: { url: '/uploads/capsule.vtt' },
    },
  });

  it("serves media through the site and keeps the editor's alt text", () => {
    const page = toEventPage(detail);
    expect(page.image).toEqual({ url: '/media/uploads/poster.jpg', alt: 'Affiche' });
    expect(page.signLanguageVideo).toEqual({
      videoUrl: '/media/uploads/capsule.mp4',
      captionsUrl: '/media/uploads/capsule.vtt',
      transcript: 'T',
    });
    expect(page.priceMad).toBe(20);
    expect(page.access).toContain('wheelchair');
    expect(page.registration.mode).toBe('none');
  });

  it('shows no signed video without captions: it would shut out deaf visitors who do not sign', () => {
    expect(toEventPage({ ...detail, signLanguageVideo: { ...detail.signLanguageVideo!, captions: null } }).signLanguageVideo).toBeNull();
    expect(toEventPage({ ...detail, signLanguageVideo: { ...detail.signLanguageVideo!, video: null } }).signLanguageVideo).toBeNull();
  });

  it('says a free event costs nothing whatever price was left in the CMS', () => {
    expect(toEventPage({ ...detail, isFree: true }).priceMad).toBeNull();
  });
});
