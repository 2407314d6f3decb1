import type { Core } from '@strapi/strapi';
import { registerEventRules } from './api/event/rules';
import { registerPlanRules } from './api/thematic-plan/rules';
import { ensureBodyMemberRoles, registerBodyConditions } from './bootstrap/body-members';
import { seedBodiesOnce } from './seed/bodies';
import { ensureFirstAdmin } from './bootstrap/admin';
import { ensureAuthorWritesDrafts } from './bootstrap/author-role';
import { ensureEditorCanPublish } from './bootstrap/editor-role';
import { applyEditorViews } from './bootstrap/editor-views';
import { backfillEventSchedules } from './bootstrap/event-schedules';
import { ensureLocales } from './bootstrap/locales';
import { setPublicPermissions } from './bootstrap/permissions';
import { backfillSearchIndex, registerSearchIndex } from './search-index';
import { seedDemoOnce } from './seed/seed';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerEventRules(strapi);
    registerSearchIndex(strapi);
    registerPlanRules(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await setPublicPermissions(strapi);
    await ensureFirstAdmin(strapi);
    await ensureEditorCanPublish(strapi);
    await ensureAuthorWritesDrafts(strapi);
    registerBodyConditions(strapi);
    await applyEditorViews(strapi);
    if (process.env.SEED_DEMO !== 'false') {
      await seedDemoOnce(strapi);
      await seedBodiesOnce(strapi);
    }
    // After the seed: one role per consultative body.
    await ensureBodyMemberRoles(strapi);
    await backfillSearchIndex(strapi);
    await backfillEventSchedules(strapi);
  },
};
