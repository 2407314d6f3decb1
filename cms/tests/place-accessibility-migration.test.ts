import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The migration of issue 10 moves venues' accessibility from the first twelve flat fields to the
 * A11yJSON-modelled ones, on a table as an older CMS left it (SQLite in memory: the migration uses
 * knex's portable renameColumn, which PostgreSQL also runs). A new database has no table yet.
 */
const require = createRequire(import.meta.url);
// The knex that Strapi runs migrations with, from Strapi's own dependencies rather than a second copy.
const knexFactory = createRequire(require.resolve('@strapi/database'))('knex');
const migration = require(join(__dirname, '../database/migrations/2026.06.01T00.00.00.place-accessibility-a11yjson.js'));
const TABLE = 'components_access_place_accessibilities';

const memory = () => knexFactory({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });

describe('the place-accessibility migration', () => {
  it('renames the old columns with their data and turns a "smooth" surface into a paved, good one', async () => {
    const knex = memory();
    try {
      await knex.schema.createTable(TABLE, (t: any) => {
        t.increments('id');
        for (const b of ['entrance_step_free', 'has_ramp', 'accessible_toilets', 'accessible_parking', 'braille_signage']) t.boolean(b);
        for (const b of ['tactile_map', 'hearing_loop', 'staff_help']) t.boolean(b);
        t.integer('entrance_width_cm');
        t.string('pathway_surface');
        t.decimal('max_slope_percent');
        t.date('surveyed_at');
      });
      await knex(TABLE).insert([
        {
          entrance_step_free: true,
          has_ramp: false,
          accessible_toilets: true,
          entrance_width_cm: 90,
          pathway_surface: 'smooth',
          max_slope_percent: 4,
          hearing_loop: true,
          staff_help: true,
        },
        { entrance_step_free: false, has_ramp: true, accessible_toilets: null, pathway_surface: 'cobblestone' },
      ]);
      await migration.up(knex);
      // Run twice (a restart before Strapi records it): nothing changes the second time.
      await migration.up(knex);
      const rows = await knex(TABLE).orderBy('id');
      expect(rows[0]).toMatchObject({
        entrance_is_level: 1,
        entrance_has_fixed_ramp: 0,
        has_accessible_toilet: 1,
        entrance_door_width_cm: 90,
        pathway_surface: 'paved',
        pathway_smoothness: 'good',
        pathway_slope_percent: 4,
        has_induction_loop: 1,
        staff_can_help: 1,
      });
      expect(rows[1]).toMatchObject({
        entrance_is_level: 0,
        entrance_has_fixed_ramp: 1,
        has_accessible_toilet: null,
        pathway_surface: 'cobblestone',
        pathway_smoothness: null,
      });
      expect(rows[0]).not.toHaveProperty('entrance_step_free');
    } finally {
      await knex.destroy();
    }
  });

  it('does nothing on a database that has no such table yet', async () => {
    const knex = memory();
    try {
      await migration.up(knex);
      expect(await knex.schema.hasTable(TABLE)).toBe(false);
    } finally {
      await knex.destroy();
    }
  });
});
