import type { Core, UID } from '@strapi/strapi';

/**
 * What a public route lets a caller ask for, declared next to what it populates. Anything not
 * declared is refused: a route with no `filters` accepts no filter, one with no `sort` no sort.
 *
 * Filter paths are dot-separated attribute names from the route's type: `slug`,
 * `venue.neighbourhood.slug`, `organisers.slug`. A trailing `*` stands for every plain
 * attribute of a component (`accessibility.*`), never for a relation.
 */
export interface QueryAllowList {
  filters?: string[];
  sort?: string[];
  /** Top-level parameters of the route's own, beyond the content API's (the occurrences' window). */
  params?: string[];
}

/** Top-level parameters of the content API that a public caller may send at all. */
const PARAMS = new Set(['filters', 'sort', 'fields', 'pagination', 'locale', 'search', 'status', 'populate']);
/** Comparison operators on a field; logical ones ($and, $or, $not) are walked through. */
const OPERATORS = new Set([
  '$eq',
  '$eqi',
  '$ne',
  '$nei',
  '$lt',
  '$lte',
  '$gt',
  '$gte',
  '$in',
  '$notIn',
  '$between',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
  '$null',
  '$notNull',
]);
/** Nesting of logical operators and attributes together; real queries of the site stay under 6. */
export const MAX_FILTER_DEPTH = 8;
const MAX_FILTER_NODES = 200;
const STRUCTURED = new Set(['relation', 'component', 'dynamiczone', 'media']);

export class QueryRefused extends Error {}

type Model = { uid: string; attributes: Record<string, any>; options?: { draftAndPublish?: boolean } };

/**
 * The declared paths, checked once against the content model, so a typo or a path that would
 * reach into a type with drafts fails at boot rather than opening a hole at run time.
 */
export function resolveAllowList(strapi: Core.Strapi, uid: UID.ContentType, allow: QueryAllowList) {
  const leaves = new Set<string>();
  for (const path of allow.filters ?? []) {
    let model: Model = strapi.getModel(uid) as Model;
    const parts = path.split('.');
    const prefix: string[] = [];
    for (const [i, part] of parts.entries()) {
      const last = i === parts.length - 1;
      if (part === '*' && last) {
        for (const [name, attribute] of Object.entries(model.attributes)) {
          if (!STRUCTURED.has(attribute.type) && !attribute.private) leaves.add([...prefix, name].join('.'));
        }
        break;
      }
      const attribute = model.attributes[part];
      if (!attribute || attribute.private) throw new Error(`${uid}: filter path "${path}" names no public attribute "${part}"`);
      prefix.push(part);
      if (last) {
        if (STRUCTURED.has(attribute.type)) throw new Error(`${uid}: filter path "${path}" must end on a plain attribute`);
        leaves.add(prefix.join('.'));
        break;
      }
      if (attribute.type === 'component') model = strapi.getModel(attribute.component) as Model;
      else if (attribute.type === 'relation' && attribute.target) {
        model = strapi.getModel(attribute.target) as Model;
        if (model.options?.draftAndPublish) {
          throw new Error(
            `${uid}: filter path "${path}" crosses into ${model.uid}, which has drafts; the public must never filter on them`,
          );
        }
      } else throw new Error(`${uid}: filter path "${path}" cannot go through "${part}"`);
    }
  }
  const prefixes = new Set<string>();
  for (const leaf of leaves) {
    const parts = leaf.split('.');
    for (let i = 1; i < parts.length; i++) prefixes.add(parts.slice(0, i).join('.'));
  }
  return { leaves, prefixes, sort: new Set(allow.sort ?? []), params: new Set(allow.params ?? []) };
}

export type ResolvedAllowList = ReturnType<typeof resolveAllowList>;

const isPlainValue = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
/**
 * A list, as qs parses one. Past its array limit qs turns a list into an object with numeric
 * keys, which Strapi then drops without a word (a filter silently ignored): refused here.
 */
const listOf = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);

function checkFilters(node: unknown, path: string[], allow: ResolvedAllowList, depth: number, budget: { nodes: number }) {
  if (depth > MAX_FILTER_DEPTH) throw new QueryRefused(`Filters are nested more than ${MAX_FILTER_DEPTH} levels deep`);
  if ((budget.nodes += 1) > MAX_FILTER_NODES) throw new QueryRefused('Too many filters');
  const here = path.join('.');
  if (isPlainValue(node)) {
    // `filters[slug]=x` is an implicit $eq on a leaf.
    if (!allow.leaves.has(here)) throw new QueryRefused(`Filtering on "${here || '(nothing)'}" is not accepted here`);
    return;
  }
  if (!node || typeof node !== 'object') throw new QueryRefused('Malformed filters');
  const items = Array.isArray(node) ? node : undefined;
  if (items) {
    for (const item of items) checkFilters(item, path, allow, depth + 1, budget);
    return;
  }
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === '$and' || key === '$or') {
      const list = listOf(value);
      if (!list) throw new QueryRefused(`${key} takes a list of filters`);
      for (const item of list) checkFilters(item, path, allow, depth + 1, budget);
    } else if (key === '$not') {
      checkFilters(value, path, allow, depth + 1, budget);
    } else if (key.startsWith('$')) {
      if (!OPERATORS.has(key)) throw new QueryRefused(`The operator ${key} is not accepted`);
      if (!allow.leaves.has(here)) throw new QueryRefused(`Filtering on "${here || '(nothing)'}" is not accepted here`);
      const values = isPlainValue(value) ? [value] : listOf(value);
      if (!values || !values.every(isPlainValue)) throw new QueryRefused(`${key} on "${here}" takes a value or a list of values`);
    } else {
      const next = [...path, key].join('.');
      if (!allow.leaves.has(next) && !allow.prefixes.has(next)) {
        throw new QueryRefused(`Filtering on "${next}" is not accepted here`);
      }
      checkFilters(value, [...path, key], allow, depth + 1, budget);
    }
  }
}

/** Every way the content API spells a sort (`a:asc`, `a,b:desc`, arrays, `{ a: 'asc' }`), as field names. */
function sortFields(sort: unknown): string[] {
  if (typeof sort === 'string') {
    return sort.split(',').map((part) => {
      const [field, order, ...rest] = part.split(':').map((x) => x.trim());
      if (rest.length || (order !== undefined && !/^(asc|desc)$/i.test(order))) throw new QueryRefused('Malformed sort');
      return field;
    });
  }
  const list = listOf(sort);
  if (list) return list.flatMap(sortFields);
  if (sort && typeof sort === 'object') {
    const entries = Object.entries(sort);
    if (!entries.every(([, order]) => typeof order === 'string' && /^(asc|desc)$/i.test(order))) throw new QueryRefused('Malformed sort');
    return entries.map(([field]) => field);
  }
  throw new QueryRefused('Malformed sort');
}

/** Refuses, with a short reason, any part of a public query the route did not declare. */
export function checkPublicQuery(query: Record<string, unknown>, allow: ResolvedAllowList, model: Model) {
  for (const key of Object.keys(query)) {
    if (!PARAMS.has(key) && !allow.params.has(key)) throw new QueryRefused(`The parameter "${key}" is not accepted`);
    if (allow.params.has(key) && typeof query[key] !== 'string') throw new QueryRefused(`The parameter "${key}" takes one value`);
  }
  if (query.filters !== undefined) {
    if (!query.filters || typeof query.filters !== 'object' || Array.isArray(query.filters)) throw new QueryRefused('Malformed filters');
    checkFilters(query.filters, [], allow, 0, { nodes: 0 });
  }
  if (query.sort !== undefined) {
    for (const field of sortFields(query.sort)) {
      if (!allow.sort.has(field)) throw new QueryRefused(`Sorting by "${field}" is not accepted here`);
    }
  }
  if (query.fields !== undefined) {
    const fields = typeof query.fields === 'string' ? query.fields.split(',') : listOf(query.fields);
    if (!fields) throw new QueryRefused('Malformed fields');
    for (const field of fields) {
      const attribute = typeof field === 'string' ? model.attributes[field.trim()] : undefined;
      if (!attribute || attribute.private || STRUCTURED.has(attribute.type)) {
        throw new QueryRefused(`The field "${String(field)}" cannot be selected`);
      }
    }
  }
}
