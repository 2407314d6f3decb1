import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { component, contentType, differences, type Attributes } from './cms-source';
import * as calls from './call-schemas';
import * as schemas from './schemas';
import { PARTNERSHIP_KINDS } from '$lib/forms/application';

/**
 * The CMS content-type schemas are the source of truth: every field the site's zod schemas
 * expect must exist in cms/src/api/* and cms/src/components/*, down through relations and
 * components, and every enumeration must hold exactly the CMS's values.
 */
const SYSTEM = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale']);
/**
 * Computed by the CMS at read time, not stored: an event's from its series
 * (cms/src/api/event/controllers/event.ts), a call's phase from its dates and the clock
 * (cms/src/api/call-for-interest/phase.ts).
 */
const COMPUTED: Record<string, Set<string>> = {
  event: new Set(['upcoming', 'occurrences', 'occurrenceTotal']),
  'call-for-interest': new Set(['phase']),
};

/** The parts of zod's internal definition that the walk below reads. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
}
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

function unwrap(s: z.ZodType): z.ZodType {
  const def = defOf(s);
  if (['optional', 'nullable', 'default', 'catch'].includes(def.type)) return unwrap(def.innerType!);
  if (def.type === 'pipe') return unwrap(def.in!);
  if (def.type === 'array') return unwrap(def.element!);
  if (def.type === 'union') return unwrap(def.options![0]);
  return s;
}

function drift(schema: z.ZodType, attributes: Attributes, path: string): string[] {
  const shape = defOf(unwrap(schema)).shape;
  if (!shape) return [];
  return Object.entries(shape).flatMap(([key, sub]) => {
    if (SYSTEM.has(key) || COMPUTED[path]?.has(key)) return [];
    const attr = attributes[key];
    const at = `${path}.${key}`;
    if (!attr) return [at];
    if (attr.type === 'relation' && attr.target?.startsWith('api::')) return drift(sub, contentType(attr.target.split('.').pop()!), at);
    if (attr.type === 'component') return drift(sub, component(attr.component!), at);
    const inner = defOf(unwrap(sub));
    if (inner.type === 'enum') {
      if (attr.type !== 'enumeration') return [`${at}: an enumeration in the site, ${attr.type} in the CMS`];
      return differences(at, Object.values(inner.entries ?? {}), attr.enum ?? []);
    }
    return [];
  });
}

describe('site schemas match the CMS content model', () => {
  it.each([
    ['eventDetail', schemas.eventDetail, 'event'],
    ['eventSummary', schemas.eventSummary, 'event'],
    ['eventOccurrences', schemas.eventOccurrences, 'event'],
    ['association', schemas.association, 'association'],
    ['neighbourhood', schemas.neighbourhood, 'neighbourhood'],
    ['bodySummary', schemas.bodySummary, 'consultative-body'],
    ['bodyDetail', schemas.bodyDetail, 'consultative-body'],
    ['session', schemas.session, 'body-session'],
    ['planSummary', schemas.planSummary, 'thematic-plan'],
    ['planDetail', schemas.planDetail, 'thematic-plan'],
    ['indicator', schemas.indicator, 'indicator'],
    ['comment', schemas.comment, 'comment'],
    ['heritagePoint', schemas.heritagePoint, 'heritage-point'],
    ['callSummary', calls.callSummary, 'call-for-interest'],
    ['callDetail', calls.callDetail, 'call-for-interest'],
    ['an account’s association', calls.association, 'association'],
  ] as const)('%s expects only fields the CMS has, and its values', (_, schema, type) => {
    expect(drift(schema, contentType(type), type)).toEqual([]);
  });

  it('reads the components of a call, and the words of applications, as the CMS has them', () => {
    expect(drift(calls.criterion, component('call.criterion'), 'criterion')).toEqual([]);
    expect(drift(calls.requiredDocument, component('call.required-document'), 'document')).toEqual([]);
    // An application is answered as a view of its own (cms/src/api/application/owned.ts): its words are the stored ones.
    const application = contentType('application');
    const status = defOf(unwrap(defOf(unwrap(calls.application)).shape!.status)).entries ?? {};
    // Stored as `state` (Strapi 5 keeps `status` for draft and published), answered as `status`.
    expect(differences('application.status', Object.values(status), application.state.enum ?? [])).toEqual([]);
    expect(differences('application.kind', PARTNERSHIP_KINDS, application.kind.enum ?? [])).toEqual([]);
    expect(differences('call.partnershipKind', PARTNERSHIP_KINDS, contentType('call-for-interest').partnershipKind.enum ?? [])).toEqual([]);
  });

  it('reads every fact of a place that the CMS holds, so that none is silently left unknown', () => {
    const fields = Object.keys(defOf(schemas.placeAccessibility).shape ?? {});
    expect(differences('place facts', fields, Object.keys(component('access.place-accessibility')))).toEqual([]);
  });

  it('notices a field the CMS does not have, and an enumeration that differs either way (the check can fail)', async () => {
    const { z } = await import('zod');
    const drifted = schemas.eventSummary.extend({
      ticketUrl: z.string(),
      venue: z.object({ name: z.string(), floor: z.number() }),
      domain: z.enum(['culture', 'sport', 'science']),
      eventStatus: z.enum(['scheduled', 'cancelled']),
      registration: z.object({ mode: z.enum(['none', 'hub', 'external', 'phone']) }),
      title: z.enum(['a', 'b']),
    });
    expect(drift(drifted, contentType('event'), 'event').sort()).toEqual([
      'event.domain: the site has science, the CMS does not',
      'event.eventStatus: the CMS has postponed, the site does not',
      'event.ticketUrl',
      'event.title: an enumeration in the site, string in the CMS',
      'event.venue.floor',
    ]);
  });
});
