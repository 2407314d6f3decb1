import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { EventPage } from '$lib/view-models';
import { calendarOf } from './ics';

const event: EventPage = {
  documentId: 'abc', slug: 'adapted-sport-day-kouilma', title: 'يوم الرياضة المكيفة – كويلمة', summary: 'أنشطة رياضية مكيفة',
  description: 'بوتشيا وكرة الهدف؛ المكان بدون أدراج, مع مساعدة.', domain: 'sport', category: 'para-sport',
  startsAt: '2026-12-05T15:00:00.000Z', endsAt: '2026-12-05T18:00:00.000Z', status: 'cancelled', statusNote: 'أُلغي',
  isFree: true, priceMad: null, venue: 'ملعب القرب كويلمة', neighbourhood: { slug: 'kouilma', name: 'كويلمة' },
  point: { lat: 35.5625, lng: -5.3965 }, access: ['wheelchair'], audiences: ['everyone'], ageMin: null, ageMax: null,
  updatedAt: '2026-11-24T00:00:00.000Z', address: 'حي كويلمة', organisers: [], accessibilityNotes: '',
  registration: { mode: 'none', capacity: null, url: null, phone: null, closesAt: null },
  programme: null, image: null, signLanguageVideo: null,
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
});
