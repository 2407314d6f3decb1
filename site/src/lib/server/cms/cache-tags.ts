/**
 * Which content types each CMS route's answers are built from, so that a change to one type drops
 * exactly the cached answers it can alter. The first name is the route's own type; the others are
 * what it populates or counts. A venue renamed changes every event list that shows it; an
 * association renamed changes the events it organises.
 *
 * A new type joins with one line here. A route missing from the table is tagged `*`, which every
 * change drops: a forgotten line costs speed, never correctness.
 */
const UPLOAD = 'plugin::upload.file';
const api = (name: string) => `api::${name}.${name}`;

const EVENT_PARTS = ['event', 'venue', 'neighbourhood', 'association', 'programme', 'partnership'];

const ROUTES: Record<string, string[]> = {
  events: [...EVENT_PARTS, UPLOAD],
  // An association's page lists its partnerships and the calls they came from.
  associations: ['association', 'neighbourhood', 'partnership', 'call-for-interest', UPLOAD],
  neighbourhoods: ['neighbourhood'],
  venues: ['venue', 'neighbourhood', UPLOAD],
  programmes: ['programme', 'association'],
  'consultative-bodies': ['consultative-body', 'thematic-plan', 'body-session'],
  'body-sessions': ['body-session', 'consultative-body', UPLOAD],
  'thematic-plans': ['thematic-plan', 'consultative-body', 'plan-action', 'plan-milestone', 'indicator', ...EVENT_PARTS, UPLOAD],
  'plan-actions': ['plan-action', 'thematic-plan', 'plan-milestone', ...EVENT_PARTS],
  'plan-milestones': ['plan-milestone', 'plan-action'],
  // Figures count events, associations, heritage points and comments: any of them moves a number.
  indicators: ['indicator', ...EVENT_PARTS, 'heritage-point', 'comment'],
  'heritage-points': ['heritage-point', UPLOAD],
  comments: ['comment'],
  // Issue 8: calls for interest and the partnerships they lead to.
  // An application is never public, but a call's page may say how many it has received.
  calls: ['call-for-interest', 'association', 'application', UPLOAD],
  partnerships: ['partnership', 'call-for-interest', 'association', 'event'],
};

const uidOf = (name: string) => (name.includes('::') ? name : api(name));

/** Every model uid a route's answers depend on; undefined for a route the table does not know. */
export function modelsOfRoute(path: string): string[] | undefined {
  const route = path.split('/')[1] ?? '';
  return ROUTES[route]?.map(uidOf);
}

/**
 * Tags of a read: the models it depends on, except that a single record read by slug or id
 * depends on its own type only through its documentId (added once the answer is in), so editing
 * one event does not drop every other event's page.
 */
export function tagsOfRoute(path: string): { tags: string[]; single: boolean } {
  const models = modelsOfRoute(path);
  if (!models) return { tags: ['*'], single: false };
  const single = /^\/[^/]+\/(by-slug\/[^/]+|[a-z0-9]{20,})$/.test(path);
  return { tags: single ? models.slice(1) : models, single };
}

/** The tag of one record: documentId under its model. */
export const recordTag = (model: string, documentId: string) => `${model}#${documentId}`;

/**
 * What a change of `model` (and of one record, when known) drops: `all` for a change the table
 * cannot place (a type added to the CMS but not here), so a forgotten line never leaves a page stale.
 */
export function tagsOfChange(model: string | undefined, documentId?: string): string[] | 'all' {
  if (!model || !allKnownModels().has(model)) return 'all';
  // Pages of single records are tagged by documentId only: a change that does not name its record could be any of them.
  if (!documentId && model !== UPLOAD) return 'all';
  return ['*', model, ...(documentId ? [recordTag(model, documentId)] : [])];
}

let known: Set<string> | undefined;
function allKnownModels(): Set<string> {
  known ??= new Set(Object.values(ROUTES).flat().map(uidOf));
  return known;
}

/** The model of a route (its first type), for tagging a single record's answer by documentId. */
export function ownModelOfRoute(path: string): string | undefined {
  return modelsOfRoute(path)?.[0];
}
