import { readFileSync } from 'node:fs';

/**
 * The CMS's own files (content-type schemas, components, locales), read from cms/src for the
 * contract tests: the CMS is the source of truth and the site's copies are compared with it.
 */
const root = new URL('../../../../../cms/src/', import.meta.url);

export type Attribute = { type: string; target?: string; component?: string; enum?: string[] };
export type Attributes = Record<string, Attribute>;

export const readCms = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
export const contentType = (name: string): Attributes => readCms(`api/${name}/content-types/${name}/schema.json`).attributes;
export const component = (uid: string): Attributes => readCms(`components/${uid.replace('.', '/')}.json`).attributes;

export function enumOf(attributes: Attributes, name: string): string[] {
  const attribute = attributes[name];
  if (attribute?.type !== 'enumeration' || !attribute.enum) throw new Error(`${name} is not an enumeration of the CMS`);
  return attribute.enum;
}

export const booleansOf = (attributes: Attributes) => Object.keys(attributes).filter((k) => attributes[k].type === 'boolean');

/** What one list has that the other lacks, both ways: empty when they hold the same values. */
export function differences(what: string, site: readonly string[], cms: readonly string[]): string[] {
  return [
    ...cms.filter((v) => !site.includes(v)).map((v) => `${what}: the CMS has ${v}, the site does not`),
    ...site.filter((v) => !cms.includes(v)).map((v) => `${what}: the site has ${v}, the CMS does not`),
  ];
}
