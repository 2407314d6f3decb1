import type { Core } from '@strapi/strapi';
import { derivedSchedule } from '../api/event/rules';

const UID = 'api::event.event';

/**
 * Events written before the CMS derived `recurrence` and `seriesEndsAt` (api/event/rules.ts) have
 * no series end, and the lists, which filter on it, would leave them out: derive it once, for
 * drafts and published versions alike, without going through publishing.
 */
export async function backfillEventSchedules(strapi: Core.Strapi) {
  const query = strapi.db.query(UID);
  const rows = await query.findMany({
    where: { seriesEndsAt: null, startsAt: { $notNull: true }, endsAt: { $notNull: true } },
    select: ['id', 'startsAt', 'endsAt'],
    populate: { series: true, seriesChanges: true },
  });
  for (const row of rows) await query.update({ where: { id: row.id }, data: derivedSchedule(row) });
  if (rows.length) strapi.log.info(`Derived the schedule of ${rows.length} event versions written before series existed`);
}
