import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { EventPage } from '$lib/view-models';
import { calendarOf, icsText } from './ics';

const event: EventPage = {
  documentId: 'abc',
  slug: 'adapted-sport-day-kouilma',
  title: 'يوم الرياضة المكيفة – كويلمة',
  summary: 'أنشطة رياضية مكيفة',
  description: 'بوتشيا وكرة الهدف؛ المكان بدون أدراج, مع مساعدة.',
  domain: 'sport',
  category: 'para-sport',
  startsAt: '2026-12-05T15:00:00.000Z',
  endsAt: '2026-12-05T18:00:00.000Z',
  status: 'cancelled',
  statusNote: 'أُلغي',
  isFree: true,
  priceMad: null,
  venue: 'ملعب القرب كويلمة',
  neighbourhood: { slug: 'kouilma', name: 'كويلمة' },
  point: { lat: 35.5625, lng: -5.3965 },
  access: ['wheelchair'],
  audiences: ['everyone'],
  ageMin: null,
  ageMax: null,
  updatedAt: '2026-11-24T00:00:00.000Z',
  address: 'حي كويلمة',
  organisers: [],
  accessibilityNotes: '',
  registration: { mode: 'none', capacity: null, url: null, phone: null, closesAt: null },
  programme: null,
  image: null,
  signLanguageVideo: null,
};

describe('calendar files (RFC 5545)', () => {
  it('parse back into the same event, in Arabic, with UTC times and status', () => {
    const text = calendarOf([event], 'https://hub.example', 'ar');
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const vcalendar = new ICAL.Component(ICAL.parse(text));
    expect(vcalendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(vcalendar.getFirstPropertyValue('prodid')).toMatch(/Tetouan/);
    const vevents = vcalendar.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(1);
    const e = new ICAL.Event(vevents[0]);
    expect(e.summary).toBe(event.title);
    expect(e.uid).toBe('adapted-sport-day-kouilma@tetouan-hub');
    expect(e.startDate.toJSDate().toISOString()).toBe(event.startsAt);
    expect(e.endDate.toJSDate().toISOString()).toBe(event.endsAt);
    expect(e.location).toContain('كويلمة');
    expect(e.description).toContain('بدون أدراج, مع');
    expect(vevents[0].getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevents[0].getFirstPropertyValue('url')).toBe('https://hub.example/ar/events/adapted-sport-day-kouilma');
  });

  it('holds many events in one feed', () => {
    const text = calendarOf([event, { ...event, slug: 'other', status: 'scheduled' }], 'https://hub.example', 'fr', 'Activités');
    const vcalendar = new ICAL.Component(ICAL.parse(text));
    expect(vcalendar.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('status'))).toEqual(['CANCELLED', 'CONFIRMED']);
  });

  it('keeps control characters that editors paste out of every content line', () => {
    const hostile = {
      ...event,
      title: 'Match\rATTENDEE:mailto:x@evil.example',
      summary: 'Ligne\r\nDTSTART:19700101T000000Z\u0007\u0085',
      venue: 'Salle\nB',
    };
    const text = calendarOf([hostile], 'https://hub.example', 'fr');
    // Every line break in the file is a CRLF that the format itself put there.
    // eslint-disable-next-line no-control-regex -- no control character may survive
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n\u0000-\u001f\u0085]/);
    const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(vevent.getAllProperties('attendee')).toHaveLength(0);
    expect(vevent.getAllProperties('dtstart')).toHaveLength(1);
    const e = new ICAL.Event(vevent);
    expect(e.summary).toBe('Match ATTENDEE:mailto:x@evil.example');
    expect(e.location).toContain('Salle B');
    expect(e.description).toContain('Ligne\nDTSTART');
    // The allowed case: ordinary text is unchanged.
    expect(icsText('Théâtre – ملعب')).toBe('Théâtre – ملعب');
  });
});
