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
      signed: true,
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
      { signLanguageVideo: { signedOn: { $notNull: true } } },
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
      signedBy: 'Samira',
      signedOn: '2026-11-20',
      sample: null,
      video: { url: '/uploads/capsule.mp4', mime: 'video/mp4' },
      tracks: [
        { language: 'ar', transcript: 'نص', captions: { url: '/uploads/capsule-ar.vtt' } },
        { language: 'fr', transcript: 'T', captions: { url: '/uploads/capsule-fr.vtt' } },
      ],
    },
    easyRead: [
      { text: 'On joue.', pictogramAlt: 'Un ballon', pictogram: { url: '/uploads/ballon.png' } },
      { text: 'On rit.', pictogramAlt: '', pictogram: { url: '/uploads/rire.png' } },
    ],
  });
  const video = detail.signLanguageVideo!;

  it("serves media through the site and keeps the editor's alt text", () => {
    const page = toEventPage(detail, 'fr');
    expect(page.image).toEqual({ url: '/media/uploads/poster.jpg', alt: 'Affiche' });
    expect(page.signLanguageVideo).toEqual({
      videoUrl: '/media/uploads/capsule.mp4',
      videoType: 'video/mp4',
      tracks: [
        { language: 'fr', label: 'Français', captionsUrl: '/media/uploads/capsule-fr.vtt', transcript: 'T' },
        { language: 'ar', label: 'العربية', captionsUrl: '/media/uploads/capsule-ar.vtt', transcript: 'نص' },
      ],
      signedBy: 'Samira',
      signedOn: '2026-11-20',
      sample: false,
    });
    expect(page.signed).toBe(true);
    // A pictogram without its alt text is left out, its sentence kept.
    expect(page.easyRead).toEqual([
      { text: 'On joue.', pictogram: { url: '/media/uploads/ballon.png', alt: 'Un ballon' } },
      { text: 'On rit.', pictogram: null },
    ]);
    expect(page.priceMad).toBe(20);
    expect(page.access).toContain('wheelchair');
    expect(page.registration.mode).toBe('none');
  });

  it('shows no signed video without captions in the page’s language: it would shut out deaf visitors who do not sign', () => {
    const noFrench = { ...video, tracks: video.tracks.filter((t) => t.language !== 'fr') };
    expect(toEventPage({ ...detail, signLanguageVideo: noFrench }, 'fr').signLanguageVideo).toBeNull();
    expect(toEventPage({ ...detail, signLanguageVideo: noFrench }, 'ar').signLanguageVideo?.tracks).toHaveLength(1);
    const noCaptions = { ...video, tracks: video.tracks.map((t) => ({ ...t, captions: null })) };
    expect(toEventPage({ ...detail, signLanguageVideo: noCaptions }, 'fr').signLanguageVideo).toBeNull();
    expect(toEventPage({ ...detail, signLanguageVideo: { ...video, video: null } }, 'fr').signLanguageVideo).toBeNull();
    expect(toEventPage({ ...detail, signLanguageVideo: null }, 'fr').signed).toBe(false);
  });

  it('says a free event costs nothing whatever price was left in the CMS', () => {
    expect(toEventPage({ ...detail, isFree: true }, 'fr').priceMad).toBeNull();
  });
});
