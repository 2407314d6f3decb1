'use strict';

/**
 * Issue 12: indexes on what the public lists filter and sort on, so that counting and paging stay
 * fast with 10,000 events and 50,000 comments. Every public read asks for one locale's published
 * rows (`locale`, `published_at`), then by date, slug or target.
 *
 * Strapi runs migrations before it creates the tables, so on a new database this finds no table;
 * the CMS's bootstrap (src/bootstrap/list-indexes.ts) runs it again after every start's schema
 * sync. `CREATE INDEX IF NOT EXISTS` is the same on SQLite and PostgreSQL, so running it twice
 * costs nothing; Strapi's schema sync leaves indexes it did not declare in place.
 */
const INDEXES = {
  events: [
    ['locale', 'published_at', 'series_ends_at'],
    ['locale', 'published_at', 'starts_at'],
    ['slug', 'locale', 'published_at'],
  ],
  associations: [
    ['locale', 'published_at', 'name'],
    ['slug', 'locale', 'published_at'],
  ],
  comments: [['target_type', 'target_slug', 'locale', 'published_at']],
  heritage_points: [
    ['locale', 'published_at', 'name'],
    ['slug', 'locale', 'published_at'],
  ],
  venues: [['slug', 'locale', 'published_at']],
  neighbourhoods: [['slug', 'locale', 'published_at']],
  body_sessions: [['locale', 'published_at', 'starts_at']],
  consultative_bodies: [['slug', 'locale', 'published_at']],
  thematic_plans: [['slug', 'locale', 'published_at']],
  plan_actions: [['slug', 'locale', 'published_at']],
};

const nameOf = (table, columns) => `hub_${table}_${columns.join('_')}_idx`.slice(0, 63);

module.exports = {
  INDEXES,
  nameOf,
  async up(knex) {
    for (const [table, sets] of Object.entries(INDEXES)) {
      if (!(await knex.schema.hasTable(table))) continue;
      for (const columns of sets) {
        const present = await Promise.all(columns.map((c) => knex.schema.hasColumn(table, c)));
        if (present.includes(false)) continue;
        await knex.raw(`CREATE INDEX IF NOT EXISTS ?? ON ?? (${columns.map(() => '??').join(', ')})`, [
          nameOf(table, columns),
          table,
          ...columns,
        ]);
      }
    }
  },
};
