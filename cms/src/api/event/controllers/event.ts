import { factories } from '@strapi/strapi';
import { now } from '../../../clock';
import { publicMethods, withoutRowIds } from '../../../utils/public-controller';
import { SEARCH_STATE } from '../../../utils/search-filter';
import { pageOf, rowsOf, takeWindow, WindowRefused, withUpcoming } from '../occurrences';
import { occurrenceRows } from '../occurrence-rows-cache';

const UID = 'api::event.event';

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
      const key = JSON.stringify([query.locale, conditions, window.group]);
      const rows = await occurrenceRows(key, async () => {
        const candidates = (await documents.findMany({
          locale: query.locale,
          status: 'published',
          filters: { $and: conditions },
          fields: ['title', 'slug', 'startsAt', 'endsAt'],
          populate: { series: true, seriesChanges: true },
        } as any)) as unknown as Parameters<typeof rowsOf>[0];
        return rowsOf(candidates, window);
      });
      const { page, pageSize } = pageOf(query.pagination);
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
        meta: { pagination: { page, pageSize, pageCount: Math.ceil(rows.length / pageSize), total: rows.length } },
      };
    },
  };
});
