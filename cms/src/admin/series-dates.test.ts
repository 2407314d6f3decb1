import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SeriesDatesPanel } from './series-dates';

const EVENT = 'api::event.event';
// Saturdays at 10:00 in Tétouan from 5 December 2026, twelve times; 19 December cancelled.
const document = {
  startsAt: '2026-12-05T09:00:00.000Z',
  endsAt: '2026-12-05T11:00:00.000Z',
  series: { frequency: 'weekly' as const, count: 12 },
  seriesChanges: [{ date: '2026-12-19', change: 'cancelled' as const }],
};

describe('the side panel of a series', () => {
  it('lists its first dates in French and Arabic, with the cancelled one marked, and counts the rest', () => {
    const shown = SeriesDatesPanel({ model: EVENT, document });
    expect(shown?.title).toBe('Dates de la série (12) · مواعيد السلسلة (12)');
    const html = renderToStaticMarkup(shown!.content);
    expect(html.match(/<li>/g)).toHaveLength(20);
    expect(html).toMatch(/samedi 5 décembre[^<]*10:00/);
    expect(html).toMatch(/samedi 19 décembre[^<]*— annulée/);
    expect(html).toContain('ملغى');
    expect(html).toContain('… et 2 autres');
  });

  it('is not shown for a single activity, another type, or a new document', () => {
    expect(SeriesDatesPanel({ model: EVENT, document: { ...document, series: null } })).toBeNull();
    expect(SeriesDatesPanel({ model: 'api::venue.venue', document })).toBeNull();
    expect(SeriesDatesPanel({ model: EVENT })).toBeNull();
  });
});
