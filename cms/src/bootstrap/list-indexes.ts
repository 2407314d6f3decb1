import { join } from 'node:path';
import type { Core } from '@strapi/strapi';

/**
 * The list indexes' migration (database/migrations/…list-indexes.js) again, after Strapi has
 * created or updated the tables: on a new database the migration ran before there was any table.
 */
export async function ensureListIndexes(strapi: Core.Strapi) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const migration = require(join(strapi.dirs.app.root, 'database', 'migrations', '2026.11.27T00.00.00.list-indexes.js')) as {
    up(knex: unknown): Promise<void>;
  };
  await migration.up(strapi.db.connection);
}
