import type { Core } from '@strapi/strapi';

/**
 * The events list by occurrence expands every candidate event's dates to order and page them
 * (occurrences.ts). At 10,000 events that is the cost of a list; the site asks for the same list
 * (same locale, filters, search and window, "now" taken to the minute) again and again. Its rows
 * are kept here, and every write to the database drops them all: an event, its venue, its
 * organisers or its neighbourhood can each change which events a filter selects.
 *
 * Bounded by entries and by a minute of life (the window moves with the clock); a read that
 * started before a write is not kept, so it cannot put the old rows back.
 */
const MAX_ENTRIES = 24;
const LIFE_MS = 60_000;

interface Entry<T> {
  rows: T;
  until: number;
}

const entries = new Map<string, Entry<unknown>>();
let generation = 0;

export function forgetOccurrenceRows() {
  generation++;
  entries.clear();
}

export async function occurrenceRows<T>(key: string, compute: () => Promise<T>, now = Date.now): Promise<T> {
  const hit = entries.get(key);
  if (hit && hit.until > now()) {
    // Most recently used last, so the oldest is the first dropped.
    entries.delete(key);
    entries.set(key, hit);
    return hit.rows as T;
  }
  const startedIn = generation;
  const rows = await compute();
  if (startedIn === generation) {
    entries.delete(key);
    entries.set(key, { rows, until: now() + LIFE_MS });
    while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  }
  return rows;
}

const WRITES = new Set(['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany']);

/**
 * Any write drops the rows: when the database layer reports it (the seed and back-fills write
 * there), and again once a document service call has returned, after its transaction committed,
 * so a list read in between cannot keep what the transaction had not yet made visible.
 */
export function registerOccurrenceRowsInvalidation(strapi: Core.Strapi) {
  strapi.db.lifecycles.subscribe((event: { action: string }) => {
    if (WRITES.has(event.action)) forgetOccurrenceRows();
  });
  strapi.documents.use(async (context: any, next: () => Promise<any>) => {
    if (['findOne', 'findMany', 'findFirst', 'count'].includes(context.action)) return next();
    try {
      return await next();
    } finally {
      forgetOccurrenceRows();
    }
  });
}
