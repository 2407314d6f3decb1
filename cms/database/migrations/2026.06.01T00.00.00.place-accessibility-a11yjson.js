'use strict';

/**
 * Issue 10: the place-accessibility component grows from twelve flat fields into the
 * A11yJSON-modelled shape. Strapi runs this before it syncs the schema, so the old columns are
 * still there: the ones whose meaning is unchanged are renamed (their data moves with them), and
 * the surface's old "smooth" value becomes a paved surface with good smoothness. Columns of the
 * new fields are left for Strapi's sync to add. On a new database (no table yet) there is nothing
 * to move.
 */
const TABLE = 'components_access_place_accessibilities';
// Strapi names columns in snake_case.
const RENAMES = {
  entrance_step_free: 'entrance_is_level',
  entrance_width_cm: 'entrance_door_width_cm',
  has_ramp: 'entrance_has_fixed_ramp',
  max_slope_percent: 'pathway_slope_percent',
  accessible_toilets: 'has_accessible_toilet',
  accessible_parking: 'has_wheelchair_parking',
  braille_signage: 'signage_has_braille',
  tactile_map: 'signage_has_tactile_map',
  hearing_loop: 'has_induction_loop',
  staff_help: 'staff_can_help',
};

module.exports = {
  async up(knex) {
    if (!(await knex.schema.hasTable(TABLE))) return;
    for (const [from, to] of Object.entries(RENAMES)) {
      if ((await knex.schema.hasColumn(TABLE, from)) && !(await knex.schema.hasColumn(TABLE, to))) {
        await knex.schema.alterTable(TABLE, (t) => t.renameColumn(from, to));
      }
    }
    if (!(await knex.schema.hasColumn(TABLE, 'pathway_surface'))) return;
    if (!(await knex.schema.hasColumn(TABLE, 'pathway_smoothness'))) {
      await knex.schema.alterTable(TABLE, (t) => t.string('pathway_smoothness'));
    }
    await knex(TABLE).where({ pathway_surface: 'smooth' }).update({ pathway_surface: 'paved', pathway_smoothness: 'good' });
  },
};
