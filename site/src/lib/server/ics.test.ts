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
  easyRead: [],
  signed: false,
  change: null,
  repeats: null,
  calendar: null,
  dates: [],
  dateTotal: 0,
  accessKnown: true,
  venueFacts: null,
  upcoming: [],
};

// Saturdays at 10:00 in Tétouan, four times from 30 January 2027; 6 February cancelled, 13 February moved to Sunday 14.
const series: EventPage = {
  ...event,
  slug: 'girls-football',
  status: 'scheduled',
  startsAt: '2027-01-30T09:00:00.000Z',
  endsAt: '2027-01-30T11:00:00.000Z',
  calendar: {
    rule: 'FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=SA;COUNT=4',
    firstStartsAt: '2027-01-30T09:00:00.000Z',
    firstEndsAt: '2027-01-30T11:00:00.000Z',
    changes: [
      { date: '2027-02-06', change: 'cancelled', startsAt: null, endsAt: null },
      { date: '2027-02-13', change: 'moved', startsAt: '2027-02-14T15:00:00.000Z', endsAt: '2027-02-14T17:00:00.000Z' },
    ],
  },
};

describe('calendar files (RFC 5545)', () => {
  it('carry a series as its rule in Tétouan time, without its cancelled and moved dates, and the moved one on its new day', () => {
    const text = calendarOf([series], 'https://hub.example', 'fr');
    expect(text).toContain('DTSTART;TZID=Africa/Casablanca:20270130T100000\r\n');
    expect(text).toContain('EXDATE;TZID=Africa/Casablanca:20270206T100000,20270213T100000\r\n');
    const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(2);
    const rule = new ICAL.Event(vevents[0]);
    expect(rule.isRecurring()).toBe(true);
    const it = rule.iterator();
    const dates: string[] = [];
    for (let next = it.next(); next; next = it.next()) dates.push(next.toString());
    // 20 February falls in Ramadan (UTC+0): still 10:00 on the wall.
    expect(dates).toEqual(['2027-01-30T10:00:00', '2027-02-20T10:00:00']);
    const moved = new ICAL.Event(vevents[1]);
    expect(moved.uid).toBe('girls-football-2027-02-13@tetouan-hub');
    expect(moved.startDate.toJSDate().toISOString()).toBe('2027-02-14T15:00:00.000Z');
    expect(moved.isRecurring()).toBe(false);
  });

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
