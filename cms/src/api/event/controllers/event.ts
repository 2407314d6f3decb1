import { factories } from '@strapi/strapi';
import { now } from '../../../clock';
import { publicMethods, withoutRowIds } from '../../../utils/public-controller';
import { SEARCH_STATE } from '../../../utils/search-filter';
import { pageOf, rowsOf, takeWindow, WindowRefused, withUpcoming, type Candidate } from '../occurrences';
import { occurrencesBetween } from '../series';
import { occurrenceRows } from '../occurrence-rows-cache';

const UID = 'api::event.event';
/** The map's markers in one answer, at most this many (a year of a large city). */
const MAP_POINTS_MAX = 10_000;
const LATER_ON_MARKER = 3;

export default factories.createCoreController(UID, ({ strapi }) => {
  const base = publicMethods(UID, strapi);
  return {
    ...base,

    async findOne(this: any, ctx: any) {
      const answer = await base.findOne.call(this, ctx);
      return answer?.data ? { ...answer, data: withUpcoming(answer.data) } : answer;
    },

    async findBySlug(this: any, ctx: any) {
      const answer = await base.findBySlug.call(this, ctx);
      return answer?.data ? { ...answer, data: withUpcoming(answer.data) } : answer;
    },

    /**
     * The events list by occurrence (occurrences.ts): the route's filters and search select the
     * events, as on `/events`; the window (`from`, `to`) selects their dates. The events are read
     * with the few fields their dates need, their occurrences ordered and paged here, and only the
     * page's events read whole.
     */
    async occurrences(this: any, ctx: any) {
      let window;
      try {
        window = takeWindow(ctx.query, now());
      } catch (e) {
        if (e instanceof WindowRefused) return ctx.badRequest(e.message);
        throw e;
      }
      await this.validateQuery(ctx);
      const query = await this.sanitizeQuery(ctx);
      const conditions = [
        query.filters,
        ctx.state?.[SEARCH_STATE],
        { seriesEndsAt: { $gt: window.from.toISOString() } },
        window.to ? { startsAt: { $lt: window.to.toISOString() } } : undefined,
      ].filter(Boolean);
      const documents = strapi.documents(UID);
      const published = { locale: query.locale, status: 'published' } as const;
      const { page, pageSize } = pageOf(query.pagination);
      const schedule = { fields: ['title', 'slug', 'startsAt', 'endsAt'], populate: { series: true, seriesChanges: true } };

      // Repeating activities are few and each expands into many dates: all of them, read once a
      // minute at most (occurrence-rows-cache.ts).
      const series = await occurrenceRows(
        JSON.stringify([query.locale, conditions]),
        async () =>
          (await documents.findMany({
            ...published,
            filters: { $and: [...conditions, { recurrence: { $notNull: true } }] },
            ...schedule,
          } as any)) as unknown as Candidate[],
      );
      // Single events are most of a large city: the database counts them and gives only as many,
      // soonest first, as the pages up to this one can hold, so a page costs the same with 100
      // events or 10,000.
      const single = { $and: [...conditions, { recurrence: { $null: true } }] };
      const shown = page * pageSize;
      const singleTotal = await documents.count({ ...published, filters: single } as any);
      let singles = (await documents.findMany({
        ...published,
        filters: single,
        sort: 'startsAt:asc',
        limit: shown,
        ...schedule,
      } as any)) as unknown as Candidate[];
      if (singles.length === shown && shown > 0) {
        // Events starting at the same instant as the last one taken are ordered by title and slug
        // here (rowsOf), not by the database's collation: take them all.
        const ties = (await documents.findMany({
          ...published,
          filters: { $and: [single, { startsAt: { $eq: singles[shown - 1].startsAt } }] },
          ...schedule,
        } as any)) as unknown as Candidate[];
        const taken = new Set(singles.map((c) => c.documentId));
        singles = [...singles, ...ties.filter((c) => !taken.has(c.documentId))];
      }
      const rows = rowsOf([...series, ...singles], window);
      const seriesRows = rowsOf(series, window).length;
      const total = seriesRows + singleTotal;
      const slice = rows.slice((page - 1) * pageSize, page * pageSize);
      const ids = [...new Set(slice.map((r) => r.documentId))];
      const events = ids.length
        ? await documents.findMany({
            locale: query.locale,
            status: 'published',
            filters: { documentId: { $in: ids } },
            fields: query.fields,
            populate: query.populate,
          } as any)
        : [];
      const sanitized = (await this.sanitizeOutput(events, ctx)) as Record<string, any>[];
      const byId = new Map(sanitized.map((e) => [e.documentId, withoutRowIds(e) as Record<string, any>]));
      const data = slice.flatMap((r) => {
        const event = byId.get(r.documentId);
        return event ? [{ ...event, occurrences: r.occurrences, occurrenceTotal: r.total }] : [];
      });
      return {
        data,
        meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } },
      };
    },
    /**
     * Every event the list's filters and window select, as map points in one compact answer:
     * a marker needs its place, its name, its next date and how many dates follow, nothing more.
     * Columns are named once (`fields`), each event is one array, so 10,000 events stay a
     * payload a phone can take; capped at MAP_POINTS_MAX.
     */
    async points(this: any, ctx: any) {
      let window;
      try {
        window = takeWindow(ctx.query, now());
      } catch (e) {
        if (e instanceof WindowRefused) return ctx.badRequest(e.message);
        throw e;
      }
      await this.validateQuery(ctx);
      const query = await this.sanitizeQuery(ctx);
      const conditions = [
        query.filters,
        ctx.state?.[SEARCH_STATE],
        { seriesEndsAt: { $gt: window.from.toISOString() } },
        window.to ? { startsAt: { $lt: window.to.toISOString() } } : undefined,
      ].filter(Boolean);
      const candidates = await occurrenceRows(
        JSON.stringify(['points', query.locale, conditions]),
        async () =>
          (await strapi.documents(UID).findMany({
            locale: query.locale,
            status: 'published',
            filters: { $and: conditions },
            fields: ['title', 'slug', 'startsAt', 'endsAt'],
            populate: { series: true, seriesChanges: true, venue: { fields: ['slug'], populate: { point: true } } },
            sort: 'startsAt:asc',
            limit: MAP_POINTS_MAX,
          } as any)) as unknown as (Candidate & { venue?: { point?: { lat: unknown; lng: unknown } | null } | null })[],
      );
      const rows = candidates.flatMap((c) => {
        const point = c.venue?.point;
        if (!point) return [];
        const dates = occurrencesBetween(c, window.from, window.to).filter((o) => o.change !== 'cancelled');
        if (!dates.length) return [];
        // A series is one marker at its next date, naming the three after it and counting the rest.
        const later = dates.slice(1, 1 + LATER_ON_MARKER).map((o) => o.startsAt);
        const more = Math.max(0, dates.length - 1 - later.length);
        return [{ at: dates[0].startsAt, row: [c.slug, c.title, dates[0].startsAt, Number(point.lat), Number(point.lng), later, more] }];
      });
      rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
      return {
        data: { fields: ['slug', 'title', 'startsAt', 'lat', 'lng', 'later', 'more'], rows: rows.map((r) => r.row) },
        meta: { total: rows.length, capped: candidates.length >= MAP_POINTS_MAX },
      };
    },
  };
});
