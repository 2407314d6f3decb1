import { randomBytes } from 'node:crypto';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../src/lib/dates';
import { runAxe } from '../../accessibility/src/axe.js';
import { adminApi, eventFields, EVENTS, signIn } from './admin-api';
import { CMS, get, launch, SITE } from './harness';

/**
 * A weekly series with a cancelled date and a moved one, written through the admin API as an
 * editor would, read back on the site: each date in the events list, the dates of a filtered
 * window only, the plain-words rule and next dates on its page, and its calendar file parsed back.
 */
const slug = `series-${randomBytes(3).toString('hex')}`;
const title = `Football du samedi ${slug}`;
const DAY = 86400_000;
// Four weekly dates from three days after the stack's "now", at its hour; the second cancelled, the third moved a day later.
const shared = eventFields(slug, 3);
const first = new Date(shared.startsAt);
const dates = [0, 7, 14, 21].map((d) => addDays(localDate(first), d));
const moved = {
  startsAt: new Date(first.getTime() + 15 * DAY).toISOString(),
  endsAt: new Date(first.getTime() + 15 * DAY + 7200_000).toISOString(),
};

/** The dates (as `datetime` values) and the labels of this series' cards on a list page. */
function cards(html: string) {
  return [...html.matchAll(/<article class="card event-card">([\s\S]*?)<\/article>/g)]
    .map((m) => m[1])
    .filter((card) => card.includes(slug))
    .map((card) => ({
      startsAt: card.match(/<time datetime="([^"]+)"/)?.[1],
      cancelled: card.includes('Cette date est annulée'),
      moved: card.includes('Date déplacée'),
    }));
}

beforeAll(async () => {
  const api = adminApi(await signIn());
  const venue = (await (await fetch(`${CMS}/api/venues/by-slug/terrain-de-proximite-kouilma?locale=fr`)).json()).data.documentId;
  const at = (locale: string) => ({ venue: { connect: [{ documentId: venue, locale }] } });
  const data = {
    ...shared,
    series: { frequency: 'weekly', interval: 1, count: 4 },
    seriesChanges: [
      { date: dates[1], change: 'cancelled' },
      { date: dates[2], change: 'moved', ...moved },
    ],
  };
  const fr = await api(`${EVENTS}?locale=fr`, 'POST', { ...data, ...at('fr'), title, summary: 'Chaque samedi au terrain.' });
  await api(`${EVENTS}/${fr.data.documentId}?locale=ar`, 'PUT', {
    ...data,
    ...at('ar'),
    title: `كرة القدم يوم السبت ${slug}`,
    summary: 'كل سبت في الملعب.',
  });
  await api(`${EVENTS}/${fr.data.documentId}/actions/publish?locale=fr`, 'POST', {});
  await api(`${EVENTS}/${fr.data.documentId}/actions/publish?locale=ar`, 'POST', {});
});

describe('a weekly series on the site', () => {
  it('lists each of its dates, the cancelled one and the moved one marked', async () => {
    const res = await get(`/fr/events?q=${slug}`);
    expect(res.status).toBe(200);
    expect(cards(res.text)).toEqual([
      { startsAt: first.toISOString(), cancelled: false, moved: false },
      { startsAt: new Date(first.getTime() + 7 * DAY).toISOString(), cancelled: true, moved: false },
      { startsAt: moved.startsAt, cancelled: false, moved: true },
      { startsAt: new Date(first.getTime() + 21 * DAY).toISOString(), cancelled: false, moved: false },
    ]);
  });

  it('in a date-filtered list, gives only the dates in those days', async () => {
    const res = await get(`/fr/events?q=${slug}&from=${dates[2]}&to=${dates[3]}`);
    expect(cards(res.text).map((c) => c.startsAt)).toEqual([moved.startsAt, new Date(first.getTime() + 21 * DAY).toISOString()]);
    const none = await get(`/fr/events?q=${slug}&from=${addDays(dates[3], 1)}`);
    expect(cards(none.text)).toEqual([]);
  });

  it('says on its page how it repeats and which dates come next, in both languages', async () => {
    const fr = await get(`/fr/events/${slug}`);
    expect(fr.text).toMatch(/Chaque \w+, de \d\d:\d\d à \d\d:\d\d, jusqu’au/);
    expect(fr.text).toContain('Prochaines dates');
    expect(fr.text).toContain('Cette date est annulée');
    const ar = await get(`/ar/events/${slug}`);
    expect(ar.text).toMatch(/كل يوم [^،]+، من \d\d:\d\d إلى \d\d:\d\d، حتى/);
    expect(ar.text).toContain('هذا الموعد ملغى');
  });

  it('gives a calendar file whose rule, parsed back, yields the dates that take place', async () => {
    const res = await get(`/fr/events/${slug}/calendar.ics`);
    expect(res.status).toBe(200);
    const vevents = new ICAL.Component(ICAL.parse(res.text)).getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(2);
    const it = new ICAL.Event(vevents[0]).iterator();
    const starts: string[] = [];
    for (let next = it.next(); next; next = it.next()) starts.push(next.toString().slice(0, 10));
    expect(starts).toEqual([dates[0], dates[3]]);
    expect(new ICAL.Event(vevents[1]).startDate.toJSDate().toISOString()).toBe(moved.startsAt);
    // The list's feed carries the series once, as its rule.
    const feed = await get(`/fr/events/calendar.ics?q=${slug}`);
    expect(feed.text.match(/RRULE:/g)).toHaveLength(1);
  });

  it('is one marker on the map, at its next date, with its later dates counted', async () => {
    const res = await get(`/fr/events/points.json?q=${slug}`);
    const { points } = JSON.parse(res.text);
    expect(points).toHaveLength(1);
    expect(points[0]).toMatchObject({
      startsAt: first.toISOString(),
      later: [moved.startsAt, new Date(first.getTime() + 21 * DAY).toISOString()],
    });
  });

  // The audit samples event pages by position in the sitemap, which may not land on a series: axe runs here
  // on the page and the list that show its dates, with no script error on the way (the list hydrates).
  it('passes axe on its page and in the list, in both locales', async () => {
    const browser = await launch();
    try {
      for (const locale of ['ar', 'fr']) {
        for (const path of [`/${locale}/events/${slug}`, `/${locale}/events?q=${slug}`]) {
          const context = await browser.newContext({ reducedMotion: 'reduce' });
          const page = await context.newPage();
          const errors: string[] = [];
          page.on('pageerror', (e) => errors.push(e.message));
          await page.goto(`${SITE}${path}`);
          await page.waitForLoadState('networkidle');
          const { violations } = await runAxe(page);
          expect(violations, path).toEqual([]);
          expect(errors, path).toEqual([]);
          await context.close();
        }
      }
    } finally {
      await browser.close();
    }
  });
});
