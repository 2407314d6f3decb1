import { z } from 'zod';
import { ASSOCIATION_CATEGORIES } from '$lib/associations/vocabulary';
import { PARTNERSHIP_KINDS } from '$lib/forms/application';
import { ACCESS_FIELDS, AUDIENCE_FIELDS, CATEGORIES, DOMAINS } from '$lib/events/vocabulary';
import { WEEKDAYS, WEEKS_OF_MONTH, type CmsSeries } from '$lib/events/repetition';
import { ACTION_STATUSES, BODY_THEMES, COMMENT_TARGETS, DIMENSIONS, FIGURE_KEYS, PLAN_STATUSES } from '$lib/plans/vocabulary';
import { GRADES, HERITAGE_KINDS, PATHWAY_SURFACES, SMOOTHNESS, WORKS_STATUSES } from '$lib/places/vocabulary';

/**
 * The shapes the CMS returns, field for field as in cms/src/api/* /content-types/* /schema.json.
 * A contract test fails when one of these expects a field the CMS does not have, or an
 * enumeration with other values than the CMS's. The vocabulary's enumerations come from the
 * vocabulary modules of $lib/events and $lib/associations.
 */
// PostgreSQL returns decimals as strings, SQLite as numbers.
const decimal = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)]).transform(Number);
export const text = z
  .string()
  .nullable()
  .optional()
  .transform((v) => v ?? '');

export const point = z.object({ lat: decimal, lng: decimal });

export const media = z.object({
  url: z.string(),
  alternativeText: z.string().nullable().optional(),
  width: z.number().nullable().optional(),
  height: z.number().nullable().optional(),
  mime: z.string().optional(),
});

export const neighbourhoodRef = z.object({ name: z.string(), slug: z.string(), peripheral: z.boolean().optional() });

export const neighbourhood = z.object({
  documentId: z.string(),
  name: z.string(),
  slug: z.string(),
  peripheral: z.boolean(),
  centroid: point.nullable(),
});

/** A component made of yes/no fields, one per word of the vocabulary. */
const flags = <F extends string>(fields: readonly F[]) =>
  z.object(Object.fromEntries(fields.map((f) => [f, z.boolean().nullable()])) as Record<F, z.ZodNullable<z.ZodBoolean>>);

export const eventAccessibility = flags(ACCESS_FIELDS);

export const audience = flags(AUDIENCE_FIELDS).extend({
  ageMin: z.number().nullable(),
  ageMax: z.number().nullable(),
});

export const registration = z.object({
  mode: z.enum(['none', 'hub', 'external', 'phone']),
  capacity: z.number().nullable(),
  url: z.string().nullable(),
  phone: z.string().nullable(),
  closesAt: z.string().nullable(),
});

/** How an activity repeats (cms/src/components/event/series.json); the CMS derives the RFC 5545 rule from it. */
export const series = flags(WEEKDAYS).extend({
  frequency: z.enum(['weekly', 'monthly', 'daily']),
  interval: z.number().nullable(),
  weekOfMonth: z.enum(WEEKS_OF_MONTH).nullable(),
  until: z.string().nullable(),
  count: z.number().nullable(),
}) satisfies z.ZodType<CmsSeries>;

export const seriesChange = z.object({
  date: z.string(),
  change: z.enum(['cancelled', 'moved']),
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
});

/** One date of an event, as the CMS's event controller computes it (not a stored field). */
export const occurrence = z.object({
  startsAt: z.string(),
  endsAt: z.string(),
  date: z.string(),
  change: z.enum(['cancelled', 'moved']).nullable(),
});

/**
 * The accessible formats any type can carry (cms/src/components/media): a signed video with a
 * captions track and transcript per written language, and an easy-read version.
 */
export const signLanguageVideo = z.object({
  signedBy: text,
  signedOn: z.string().nullable(),
  sample: z.boolean().nullable(),
  video: media.nullable(),
  tracks: z.array(z.object({ language: z.string(), transcript: text, captions: media.nullable() })),
});
/** What a list needs to know of a signed video: that there is one. */
export const signLanguageVideoRef = z.object({ signedOn: z.string().nullable() });
export const easyReadSentence = z.object({ text: z.string(), pictogramAlt: text, pictogram: media.nullable() });
/** The facts of a place (access.place-accessibility); every one may be missing, which means not known. */
const known = <T extends z.ZodType>(t: T) => t.nullable().optional();
export const placeAccessibility = z.object({
  entranceIsLevel: known(z.boolean()),
  entranceHasFixedRamp: known(z.boolean()),
  entranceHasRemovableRamp: known(z.boolean()),
  entranceStepCount: known(z.number()),
  entranceStepHeightCm: known(z.number()),
  entranceHasHandRail: known(z.boolean()),
  entranceDoorWidthCm: known(z.number()),
  hasLevelSideEntrance: known(z.boolean()),
  pathwaySurface: known(z.enum(PATHWAY_SURFACES)),
  pathwaySmoothness: known(z.enum(SMOOTHNESS)),
  pathwaySlopePercent: known(decimal),
  pathwayWidthCm: known(z.number()),
  hasAccessibleToilet: known(z.boolean()),
  hasWheelchairParking: known(z.boolean()),
  signageHasBraille: known(z.boolean()),
  signageHasTactileMap: known(z.boolean()),
  signageHasLargePrint: known(z.boolean()),
  hasInductionLoop: known(z.boolean()),
  isWellLit: known(z.boolean()),
  isQuiet: known(z.boolean()),
  staffCanHelp: known(z.boolean()),
  staffSpokenLanguages: known(z.string()),
  wheelchairAccessibilityGrade: known(z.enum(GRADES)),
  surveyedAt: known(z.string()),
});

const venueRef = z.object({
  name: z.string(),
  slug: z.string(),
  address: text,
  point: point.nullable(),
  neighbourhood: neighbourhoodRef.nullable(),
  accessibility: placeAccessibility.nullable().optional(),
});

export const eventSummary = z.object({
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  summary: z.string(),
  domain: z.enum(DOMAINS),
  category: z.enum(CATEGORIES),
  startsAt: z.string(),
  endsAt: z.string(),
  eventStatus: z.enum(['scheduled', 'cancelled', 'postponed']),
  statusNote: text,
  isFree: z.boolean(),
  priceMad: decimal.nullable(),
  updatedAt: z.string(),
  venue: venueRef.nullable(),
  organisers: z.array(z.object({ name: z.string(), slug: z.string() })),
  audience: audience.nullable(),
  accessibility: eventAccessibility.nullable(),
  registration: registration.nullable(),
  series: series.nullable(),
  seriesChanges: z.array(seriesChange),
  recurrence: z.string().nullable(),
  seriesEndsAt: z.string().nullable(),
  signLanguageVideo: signLanguageVideoRef.nullable().optional(),
});

/** A row of the list by occurrence: the event, and its date (or, grouped, its first dates in the window). */
export const eventOccurrences = eventSummary.extend({
  occurrences: z.array(occurrence).min(1),
  occurrenceTotal: z.number(),
});

export const eventDetail = eventSummary.extend({
  description: text,
  upcoming: z.array(occurrence),
  accessibilityNotes: text,
  imageAlt: text,
  image: media.nullable(),
  programme: z.object({ name: z.string(), slug: z.string() }).nullable(),
  signLanguageVideo: signLanguageVideo.nullable().optional(),
  easyRead: z.array(easyReadSentence).optional().default([]),
});

export const association = z.object({
  documentId: z.string(),
  name: z.string(),
  slug: z.string(),
  category: z.enum(ASSOCIATION_CATEGORIES),
  description: text,
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  website: z.string().nullable(),
  foundedYear: z.number().nullable(),
  verified: z.boolean(),
  updatedAt: z.string(),
  logoAlt: text,
  logo: media.nullable(),
  neighbourhoodsServed: z.array(neighbourhoodRef),
});

/** An association's page also lists its partnerships with the commune (cms/src/api/association/public-api.ts). */
export const associationDetail = association.extend({
  partnerships: z
    .array(
      z.object({
        title: z.string(),
        kind: z.enum(PARTNERSHIP_KINDS),
        startsOn: z.string(),
        endsOn: z.string(),
        call: z.object({ slug: z.string(), reference: z.string(), title: z.string() }).nullable(),
      }),
    )
    .default([]),
});

/* Consultative bodies, their sessions and plans (cms/src/api/consultative-body, body-session, thematic-plan, ...). */

const date = z.string().nullable();

export const planRef = z.object({
  title: z.string(),
  slug: z.string(),
  version: z.number(),
  planStatus: z.enum(PLAN_STATUSES),
  startsOn: date,
  endsOn: date,
});

export const bodySummary = z.object({
  documentId: z.string(),
  name: z.string(),
  slug: z.string(),
  theme: z.enum(BODY_THEMES),
  purpose: text,
  createdOn: date,
  updatedAt: z.string(),
  plans: z.array(planRef),
});

export const member = z.object({ name: z.string(), role: text, represents: text, since: date });

export const sessionRef = z.object({ title: z.string(), slug: z.string(), startsAt: z.string(), capacityBuilding: z.boolean() });

export const bodyDetail = bodySummary.extend({
  members: z.array(member),
  sessions: z.array(sessionRef),
});

export const session = sessionRef.extend({
  documentId: z.string(),
  endsAt: date,
  place: text,
  agenda: text,
  minutes: text,
  updatedAt: z.string(),
  minutesDocument: media.nullable(),
  body: z.object({ name: z.string(), slug: z.string() }).nullable(),
});

export const milestone = z.object({
  title: z.string(),
  dueOn: date,
  reachedOn: date,
  weight: z.number(),
  evidence: text,
  evidenceUrl: z.string().nullable(),
});

export const planAction = z.object({
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  responsibleService: text,
  description: text,
  startsOn: date,
  endsOn: date,
  actionStatus: z.enum(ACTION_STATUSES),
  weight: z.number(),
  commitment: z.number().nullable(),
  updatedAt: z.string(),
  milestones: z.array(milestone),
  events: z.array(z.object({ title: z.string(), slug: z.string(), startsAt: z.string() })),
});

export const measurement = z.object({
  measuredOn: z.string(),
  value: decimal,
  source: text,
  dimension: z.enum(DIMENSIONS),
  group: z.string().nullable(),
});

export const indicator = z.object({
  documentId: z.string(),
  name: z.string(),
  code: z.string(),
  unit: text,
  commitment: z.number().nullable(),
  computedFrom: z.enum(FIGURE_KEYS).nullable(),
  baseline: decimal.nullable(),
  baselineOn: date,
  target: decimal.nullable(),
  targetOn: date,
  method: text,
  measurements: z.array(measurement),
});

export const planVersion = z.object({
  version: z.number(),
  planStatus: z.enum(PLAN_STATUSES),
  adoptedOn: date,
  title: z.string().nullable(),
  summary: text,
  changes: text,
  replacedOn: date,
});

export const planDetail = planRef.extend({
  documentId: z.string(),
  adoptedOn: date,
  summary: text,
  changes: text,
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
  document: media.nullable(),
  body: z.object({ name: z.string(), slug: z.string(), theme: z.enum(BODY_THEMES) }).nullable(),
  history: z.array(planVersion),
  actions: z.array(planAction),
  indicators: z.array(indicator),
});

export const planSummary = planRef.extend({
  documentId: z.string(),
  updatedAt: z.string(),
  body: z.object({ name: z.string(), slug: z.string(), theme: z.enum(BODY_THEMES) }).nullable(),
  actions: z.array(
    z.object({
      title: z.string(),
      slug: z.string(),
      actionStatus: z.enum(ACTION_STATUSES),
      weight: z.number(),
      commitment: z.number().nullable(),
      milestones: z.array(z.object({ weight: z.number(), reachedOn: date })),
    }),
  ),
});

export const comment = z.object({
  documentId: z.string(),
  text: z.string(),
  displayName: z.string().nullable(),
  language: z.string(),
  targetType: z.enum(COMMENT_TARGETS),
  targetSlug: z.string(),
  reply: text,
  publishedAt: z.string(),
});

/** The figures the CMS counts from the hub's own data (cms/src/api/indicator/figures.ts); not a stored type. */
export const figures = z.object({
  data: z.array(
    z.object({
      key: z.enum(FIGURE_KEYS),
      total: z.number().nullable(),
      breakdown: z.array(z.object({ dimension: z.string(), group: z.string(), value: z.number() })),
    }),
  ),
});

export const heritagePoint = z.object({
  documentId: z.string(),
  name: z.string(),
  slug: z.string(),
  kind: z.enum(HERITAGE_KINDS),
  description: text,
  point: point,
  accessibility: placeAccessibility.nullable(),
  stepFreeWay: text,
  worksStatus: z.enum(WORKS_STATUSES),
  worksStartOn: z.string().nullable(),
  worksEndOn: z.string().nullable(),
  worksNote: text,
  surveyedBy: text,
  isDemonstration: z.boolean(),
  updatedAt: z.string(),
  photos: z.array(z.object({ alt: z.string(), image: media.nullable() })).optional(),
});

const pagination = z.object({ page: z.number(), pageSize: z.number(), pageCount: z.number(), total: z.number() });

/** What a list asked for `fields: ['slug', 'updatedAt']` returns: the sitemap's rows. */
// Calls list no updatedAt (their public fields are fixed by the CMS): the sitemap then gives no lastmod.
export const slugOnly = z.object({ slug: z.string(), updatedAt: z.string().optional() });

export const listOf = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), meta: z.object({ pagination }) });

export const oneOf = <T extends z.ZodType>(item: T) => z.object({ data: item });

export type CmsEventSummary = z.infer<typeof eventSummary>;
export type CmsEventDetail = z.infer<typeof eventDetail>;
export type CmsEventOccurrences = z.infer<typeof eventOccurrences>;
export type CmsAssociation = z.infer<typeof association>;
export type CmsNeighbourhood = z.infer<typeof neighbourhood>;
export type CmsBodySummary = z.infer<typeof bodySummary>;
export type CmsBodyDetail = z.infer<typeof bodyDetail>;
export type CmsSession = z.infer<typeof session>;
export type CmsPlanDetail = z.infer<typeof planDetail>;
export type CmsPlanSummary = z.infer<typeof planSummary>;
export type CmsIndicator = z.infer<typeof indicator>;
export type CmsComment = z.infer<typeof comment>;
export type CmsFigures = z.infer<typeof figures>['data'];
export type CmsHeritagePoint = z.infer<typeof heritagePoint>;
