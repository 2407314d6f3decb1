import { randomBytes } from 'node:crypto';
import SECRET_NAMES from '../config/secret-names.json';
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
 * Boots the compiled CMS (dist/, from `tsc -p .`) in this process on a throw-away database (see
 * throwAwayDatabase), listening on a free loopback port. Strapi's destroy() removes every process
 * listener, which would cut the test runner off from its worker, so they are saved and put back.
 */
export async function bootStrapi({ seed = false } = {}): Promise<Harness> {
  const database = await throwAwayDatabase();
  const secret = () => randomBytes(24).toString('base64url');
  Object.assign(process.env, {
    // APP_KEYS is a list; one fresh key is a list of one.
    ...Object.fromEntries(SECRET_NAMES.map((name) => [name, secret()])),
    ...database.env,
    SERVE_ADMIN_PANEL: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    SEED_DEMO: seed ? 'true' : 'false',
    STRAPI_LOG_LEVEL: 'error',
    NODE_ENV: 'test',
  });
  // A DATABASE_URL from the shell would win over the throw-away database's settings.
  delete process.env.DATABASE_URL;
  // destroy() calls process.removeAllListeners(), which also drops the test runner's IPC listeners.
  const saved = new Map(process.eventNames().map((e) => [e, process.listeners(e as any)]));

  const { createStrapi } = require('@strapi/strapi');
  const appDir = resolve(__dirname, '..');
  let strapi: any;
  try {
    strapi = await createStrapi({ appDir, distDir: join(appDir, 'dist') }).load();
  } catch (error) {
    await database.drop().catch(() => {});
    throw error;
  }
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
      await database.drop();
    },
  };
}

interface ThrowAwayDatabase {
  env: Record<string, string>;
  drop(): Promise<void>;
}

/**
 * SQLite by default. With HUB_TEST_DATABASE=postgres, a database of its own on the server named by
 * HUB_TEST_PG_HOST, _PORT, _USER and _PASSWORD (a role allowed to create databases): each test file
 * starts from an empty database, as it does on SQLite, whatever the files before it left behind.
 */
async function throwAwayDatabase(): Promise<ThrowAwayDatabase> {
  const kind = process.env.HUB_TEST_DATABASE || 'sqlite';
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'hub-cms-test-'));
    return {
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: join(dir, 'test.db') },
      async drop() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (kind !== 'postgres') throw new Error(`HUB_TEST_DATABASE="${kind}": use "sqlite" (default) or "postgres".`);

  const missing = ['HUB_TEST_PG_HOST', 'HUB_TEST_PG_PORT', 'HUB_TEST_PG_USER'].filter((k) => !process.env[k]);
  if (missing.length)
    throw new Error(`HUB_TEST_DATABASE=postgres needs ${missing.join(', ')} (and HUB_TEST_PG_PASSWORD if the role has one).`);
  const server = {
    host: process.env.HUB_TEST_PG_HOST!,
    port: Number(process.env.HUB_TEST_PG_PORT),
    user: process.env.HUB_TEST_PG_USER!,
    password: process.env.HUB_TEST_PG_PASSWORD ?? '',
  };
  const name = `hub_test_${randomBytes(6).toString('hex')}`;
  // Created and dropped from the maintenance database: a database cannot drop itself.
  const admin = async (sql: string) => {
    const { Client } = require('pg');
    const client = new Client({ ...server, database: 'postgres' });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}" ENCODING 'UTF8'`);
  return {
    env: {
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: server.host,
      DATABASE_PORT: String(server.port),
      DATABASE_NAME: name,
      DATABASE_USERNAME: server.user,
      DATABASE_PASSWORD: server.password,
      DATABASE_SSL: 'false',
      DATABASE_SCHEMA: 'public',
    },
    // FORCE: a connection Strapi's pool has not yet closed must not keep the database alive.
    async drop() {
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
