import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as schemas from './schemas';

/**
 * The CMS content-type schemas are the source of truth: every field the site's zod schemas
 * expect must exist in cms/src/api/* and cms/src/components/*, down through relations and components.
 */
const cms = new URL('../../../../../cms/src/', import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, cms), 'utf8'));
const contentType = (name: string) => read(`api/${name}/content-types/${name}/schema.json`).attributes;
const component = (uid: string) => read(`components/${uid.replace('.', '/')}.json`).attributes;
const SYSTEM = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale']);

type Attr = { type: string; target?: string; component?: string };

function unwrap(s: z.ZodType): z.ZodType {
  const def = (s as any)._zod.def;
  if (['optional', 'nullable', 'default', 'catch'].includes(def.type)) return unwrap(def.innerType);
  if (def.type === 'pipe') return unwrap(def.in);
  if (def.type === 'array') return unwrap(def.element);
  if (def.type === 'union') return unwrap(def.options[0]);
  return s;
}

function missingFields(schema: z.ZodType, attributes: Record<string, Attr>, path: string): string[] {
  const shape = (unwrap(schema) as any)._zod.def.shape as Record<string, z.ZodType> | undefined;
  if (!shape) return [];
  return Object.entries(shape).flatMap(([key, sub]) => {
    if (SYSTEM.has(key)) return [];
    const attr = attributes[key];
    if (!attr) return [`${path}.${key}`];
    if (attr.type === 'relation' && attr.target?.startsWith('api::')) {
      return missingFields(sub, contentType(attr.target.split('.').pop()!), `${path}.${key}`);
    }
    if (attr.type === 'component') return missingFields(sub, component(attr.component!), `${path}.${key}`);
    return [];
  });
}

describe('site schemas match the CMS content model', () => {
  it.each([
    ['eventDetail', schemas.eventDetail, 'event'],
    ['eventSummary', schemas.eventSummary, 'event'],
    ['association', schemas.association, 'association'],
    ['neighbourhood', schemas.neighbourhood, 'neighbourhood'],
  ] as const)('%s expects only fields the CMS has', (_, schema, type) => {
    expect(missingFields(schema, contentType(type), type)).toEqual([]);
  });

  it('notices a field the CMS does not have (the check can fail)', async () => {
    const { z } = await import('zod');
    const drifted = schemas.eventSummary.extend({ ticketUrl: z.string(), venue: z.object({ name: z.string(), floor: z.number() }) });
    expect(missingFields(drifted, contentType('event'), 'event').sort()).toEqual(['event.ticketUrl', 'event.venue.floor']);
  });
});
