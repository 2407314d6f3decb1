import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);

export interface Harness {
  strapi: any;
  url: string;
  get(path: string): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

/**
 * Boots the compiled CMS (dist/, from `tsc -p .`) in this process on a throw-away SQLite file,
 * listening on a free loopback port. Strapi's destroy() removes every process listener, which
 * would cut the test runner off from its worker, so they are saved and put back.
 */
export async function bootStrapi({ seed = false } = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'hub-cms-test-'));
  const secret = () => randomBytes(24).toString('base64url');
  Object.assign(process.env, {
    APP_KEYS: [secret(), secret()].join(','), API_TOKEN_SALT: secret(), ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(), JWT_SECRET: secret(), ENCRYPTION_KEY: secret(),
    DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: join(dir, 'test.db'),
    SERVE_ADMIN_PANEL: 'false', STRAPI_TELEMETRY_DISABLED: 'true', STRAPI_PLUGIN_I18N_INIT_LOCALE_CODE: 'ar',
    SEED_DEMO: seed ? 'true' : 'false', STRAPI_LOG_LEVEL: 'error', NODE_ENV: 'test',
  });
  // destroy() calls process.removeAllListeners(), which also drops the test runner's IPC listeners.
  const saved = new Map(process.eventNames().map((e) => [e, process.listeners(e as any)]));

  const { createStrapi } = require('@strapi/strapi');
  const appDir = resolve(__dirname, '..');
  const strapi = await createStrapi({ appDir, distDir: join(appDir, 'dist') }).load();
  strapi.log.level = 'error';
  strapi.server.mount();
  await new Promise<void>((ok) => strapi.server.httpServer.listen(0, '127.0.0.1', ok));
  const { port } = strapi.server.httpServer.address();
  const url = `http://127.0.0.1:${port}`;

  return {
    strapi,
    url,
    async get(path) {
      const res = await fetch(`${url}${path}`);
      return { status: res.status, body: await res.json().catch(() => null) };
    },
    async stop() {
      await strapi.destroy();
      for (const [event, listeners] of saved) {
        process.removeAllListeners(event as any);
        for (const l of listeners) process.on(event as any, l as any);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
