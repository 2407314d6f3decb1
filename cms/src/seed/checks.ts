/**
 * A small collector of problems for hand-written data (the seed's JSON): every problem is listed
 * with its path, so one run shows them all. The CMS has no validation library of its own.
 */
export type Fields = Record<string, unknown>;

const placeholdersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const shown = (names: readonly string[]) => (names.length ? names.map((n) => `{${n}}`).join(', ') : 'none');

export class Problems {
  readonly list: string[] = [];

  add(path: string, problem: string) {
    this.list.push(`${path}: ${problem}`);
  }

  /** An object with these fields and no others: a misspelt field would otherwise be ignored. */
  record(value: unknown, path: string, required: readonly string[], optional: readonly string[] = []): value is Fields {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.add(path, 'expected an object');
      return false;
    }
    for (const name of required) if (!(name in value)) this.add(path, `lacks ${name}`);
    for (const name of Object.keys(value)) {
      if (!required.includes(name) && !optional.includes(name)) this.add(path, `has an unknown field ${name}`);
    }
    return true;
  }

  nonEmptyList(value: unknown, path: string, each: (item: unknown, path: string) => void): value is unknown[] {
    if (!Array.isArray(value) || value.length === 0) {
      this.add(path, 'expected a non-empty list');
      return false;
    }
    value.forEach((item, i) => each(item, `${path}[${i}]`));
    return true;
  }

  string(value: unknown, path: string, pattern?: RegExp) {
    if (typeof value !== 'string' || !value.trim()) this.add(path, 'expected a non-empty string');
    else if (pattern && !pattern.test(value)) this.add(path, `"${value}" does not match ${pattern}`);
  }

  number(value: unknown, path: string, min: number, max: number, integer = true) {
    if (typeof value !== 'number' || (integer && !Number.isInteger(value)) || value < min || value > max) {
      this.add(path, `expected ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, found ${JSON.stringify(value)}`);
    }
  }

  boolean(value: unknown, path: string) {
    if (typeof value !== 'boolean') this.add(path, 'expected true or false');
  }

  oneOf(value: unknown, path: string, allowed: readonly string[], what: string) {
    if (typeof value !== 'string' || !allowed.includes(value)) this.add(path, `${JSON.stringify(value)} is not ${what}`);
  }

  unique(values: unknown[], path: string) {
    const seen = new Set<unknown>();
    for (const v of values) {
      if (seen.has(v)) this.add(path, `${JSON.stringify(v)} appears twice`);
      seen.add(v);
    }
  }

  /** One non-empty text per locale, no more, each with exactly these {placeholders}. */
  text(value: unknown, path: string, locales: readonly string[], placeholders: readonly string[] = []) {
    if (!this.record(value, path, locales)) return;
    for (const locale of locales) {
      const text = value[locale];
      if (typeof text !== 'string' || !text.trim()) {
        if (locale in value) this.add(`${path}.${locale}`, 'expected a non-empty text');
        continue;
      }
      const found = placeholdersOf(text);
      const expected = [...placeholders].sort();
      if (found.join() !== expected.join()) {
        this.add(`${path}.${locale}`, `has the placeholders ${shown(found)}, expected ${shown(expected)}`);
      }
    }
  }

  throwIfAny(what: string) {
    if (this.list.length) throw new Error(`${what} has ${this.list.length} problem(s):\n- ${this.list.join('\n- ')}`);
  }
}

/** Fills the {placeholders} of a text; a missing value is a mistake in the code, not in the data. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`No value for {${name}} in "${template}"`);
    return String(values[name]);
  });
}
