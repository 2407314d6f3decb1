import { describe, expect, it } from 'vitest';
import type { EventPage } from '$lib/view-models';
import { eventJsonLd } from './json-ld';

const event = {
  slug: 'x',
  title: 'Fête </script><script>alert(1)</script> & <b>',
  summary: 'a > b',
  startsAt: '2026-12-05T15:00:00.000Z',
  endsAt: '2026-12-05T18:00:00.000Z',
  status: 'cancelled',
  isFree: false,
  priceMad: 20,
  venue: 'Dar',
  address: '',
  point: { lat: 35.5, lng: -5.3 },
  organisers: [{ slug: 'a', name: 'Association A' }],
  ageMin: 6,
  ageMax: 12,
} as unknown as EventPage;

describe('schema.org JSON-LD', () => {
  it('cannot close its <script> element, whatever an editor types, and still parses to the same text', () => {
    const out = eventJsonLd(event, 'https://hub.example/fr/events/x', 'fr');
    expect(out).not.toMatch(/[<>&]/);
    const data = JSON.parse(out);
    expect(data.name).toBe(event.title);
    expect(data.eventStatus).toBe('https://schema.org/EventCancelled');
    expect(data.offers).toMatchObject({ price: 20, priceCurrency: 'MAD' });
    expect(data.typicalAgeRange).toBe('6-12');
  });
});
