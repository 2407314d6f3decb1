import { now } from '../../clock';
import { occurrencesBetween, type Occurrence, type Schedule } from './series';

/**
 * The events list counts occurrences, not events: a weekly football session is listed on each
 * Saturday it takes place. These are the pure parts of the `/events/occurrences` route
 * (controllers/event.ts): reading its window, expanding, ordering and paging.
 */

export const PAGE_SIZE_MAX = 100;
/** A grouped list (one row per event, for the map and calendar feeds) carries this many dates per event. */
export const DATES_PER_EVENT = 10;
/** An event page shows its next dates; the site decides how many to show of these. */
export const UPCOMING = 10;

export class WindowRefused extends Error {}

export interface Window {
  from: Date;
  to?: Date;
  /** One row per event, with its first dates in the window, instead of one row per occurrence. */
  group: boolean;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function instant(value: unknown, name: string): Date | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    throw new WindowRefused(`"${name}" must be an ISO 8601 instant with an offset`);
  }
  return new Date(value);
}

/** The route's own parameters, taken out of the query before Strapi reads the rest. */
export function takeWindow(query: Record<string, unknown>, now: Date): Window {
  const { from, to, group } = query;
  delete query.from;
  delete query.to;
  delete query.group;
  const window: Window = { from: instant(from, 'from') ?? now, to: instant(to, 'to'), group: false };
  if (window.to && window.to <= window.from) throw new WindowRefused('"to" must be after "from"');
  if (group !== undefined && group !== 'event') throw new WindowRefused('"group" takes only the value "event"');
  window.group = group === 'event';
  return window;
}

export interface Candidate extends Schedule {
  documentId: string;
  title?: string | null;
  slug?: string | null;
}

export interface Row {
  documentId: string;
  occurrences: Occurrence[];
  total: number;
}

/** Every row of the list in order: by start, then title and address, so pages never overlap. */
export function rowsOf(candidates: Candidate[], window: Window): Row[] {
  const keyed = candidates.flatMap((c) => {
    const found = occurrencesBetween(c, window.from, window.to);
    if (!found.length) return [];
    const tie = `${c.title ?? ''}\u0000${c.slug ?? ''}`;
    if (window.group)
      return [{ tie, row: { documentId: c.documentId, occurrences: found.slice(0, DATES_PER_EVENT), total: found.length } }];
    return found.map((o) => ({ tie, row: { documentId: c.documentId, occurrences: [o], total: 1 } }));
  });
  keyed.sort((a, b) => {
    const at = a.row.occurrences[0].startsAt;
    const bt = b.row.occurrences[0].startsAt;
    return at < bt ? -1 : at > bt ? 1 : a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0;
  });
  return keyed.map((k) => k.row);
}

/** Strapi's pagination parameters, as its sanitiser leaves them, with the same defaults and cap. */
export function pageOf(pagination: unknown): { page: number; pageSize: number } {
  const p = (pagination ?? {}) as Record<string, unknown>;
  const page = Math.max(1, Math.floor(Number(p.page ?? 1)) || 1);
  const pageSize = Math.min(PAGE_SIZE_MAX, Math.max(1, Math.floor(Number(p.pageSize ?? 25)) || 25));
  return { page, pageSize };
}

/** An event's coming dates, from now, attached to every answer about one event (its page, its preview). */
export function withUpcoming<T extends Record<string, any> | null | undefined>(record: T): T {
  if (!record) return record;
  return { ...record, upcoming: occurrencesBetween(record as Candidate, now()).slice(0, UPCOMING) };
}
