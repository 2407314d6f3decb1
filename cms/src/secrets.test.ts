import { describe, expect, it } from 'vitest';
import admin from '../config/admin';
import plugins from '../config/plugins';
import SECRET_NAMES from '../config/secret-names.json';
import server from '../config/server';

/** Strapi's `env` helper, over a fixed set of variables. */
function envOf(vars: Record<string, string>) {
  const env = (name: string, fallback?: unknown) => vars[name] ?? fallback;
  return Object.assign(env, {
    int: (name: string, fallback?: number) => (vars[name] ? Number(vars[name]) : fallback),
    bool: (name: string, fallback?: boolean) => (vars[name] ? vars[name] === 'true' : fallback),
  }) as any;
}

const strong = Object.fromEntries(SECRET_NAMES.map((name) => [name, `${name.toLowerCase()}-0123456789abcdef`]));

describe('the CMS refuses to start without its secrets', () => {
  it('reads every secret it needs, and refuses each one missing, empty, short or left at a placeholder', () => {
    const configs = [server, admin, plugins];
    // The allowed case: every secret set.
    for (const config of configs) expect(() => config({ env: envOf(strong) })).not.toThrow();
    for (const name of SECRET_NAMES) {
      for (const bad of [undefined, '', 'short', 'tobemodified-0123456789']) {
        const vars = { ...strong };
        if (bad === undefined) delete vars[name];
        else vars[name] = bad;
        expect(() => configs.forEach((config) => config({ env: envOf(vars) })), `${name}=${bad}`).toThrow(new RegExp(name));
      }
    }
  });

  it('passes the JWT secret to users-permissions as given', () => {
    expect((plugins({ env: envOf(strong) }) as any)['users-permissions'].config.jwtSecret).toBe(strong.JWT_SECRET);
  });
});
