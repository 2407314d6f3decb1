import type { Core } from '@strapi/strapi';
import { flushOutbox } from './api/application/mails';
import { registerStaffDownload } from './api/application/staff-download';
import { ensurePartnership, registerApplicationRules } from './api/application/workflow';
import { flushVerificationNotices, registerVerificationNotice } from './api/association/verification';
import { registerEventRules } from './api/event/rules';
import { registerOccurrenceRowsInvalidation } from './api/event/occurrence-rows-cache';
import { registerPlanRules } from './api/thematic-plan/rules';
import { ensureBodyMemberRoles, registerBodyConditions } from './bootstrap/body-members';
import { seedBodiesOnce } from './seed/bodies';
import { ensureFirstAdmin } from './bootstrap/admin';
import { ensureAuthorWritesDrafts } from './bootstrap/author-role';
import { ensureEditorCanPublish } from './bootstrap/editor-role';
import { applyEditorViews } from './bootstrap/editor-views';
import { backfillEventSchedules } from './bootstrap/event-schedules';
import { ensureListIndexes } from './bootstrap/list-indexes';
import { ensureLocales } from './bootstrap/locales';
import { ensureEditorsReview } from './bootstrap/reviewer-grants';
import { assertMailConfigured } from './mail/required';
import { seedCallsOnce } from './seed/calls';
import { setPublicPermissions } from './bootstrap/permissions';
import { ensureSiteWebhook } from './bootstrap/site-webhook';
import { backfillSearchIndex, registerSearchIndex } from './search-index';
import { benchCityOf, seedBenchCity } from './seed/bench-city';
import { seedDemoOnce } from './seed/seed';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerEventRules(strapi);
    registerSearchIndex(strapi);
    registerPlanRules(strapi);
    registerApplicationRules(strapi);
    registerVerificationNotice(strapi);
    registerStaffDownload(strapi);
    registerOccurrenceRowsInvalidation(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    assertMailConfigured();
    await ensureListIndexes(strapi);
    await ensureLocales(strapi);
    await setPublicPermissions(strapi);
    await ensureFirstAdmin(strapi);
    await ensureEditorCanPublish(strapi);
    await ensureAuthorWritesDrafts(strapi);
    await ensureEditorsReview(strapi);
    registerBodyConditions(strapi);
    await applyEditorViews(strapi);
    if (process.env.SEED_DEMO !== 'false') {
      await seedDemoOnce(strapi);
      await seedBodiesOnce(strapi);
      await seedCallsOnce(strapi);
    }
    // `npm run bench` only: a large generated city on top of the demo one (seed/bench-city.ts).
    const benchCity = benchCityOf(process.env.SEED_BENCH_CITY);
    if (benchCity) await seedBenchCity(strapi, benchCity);
    // After the seed: one role per consultative body.
    await ensureBodyMemberRoles(strapi);
    await backfillSearchIndex(strapi);
    await backfillEventSchedules(strapi);
    // Receipts, staff notices, decisions and verification notices whose e-mail could not leave are
    // sent again, and an accepted application whose partnership could not be made gets it
    // (api/application/mails.ts, api/association/verification.ts).
    strapi.cron.add({
      hubMailOutbox: {
        task: async ({ strapi }: { strapi: Core.Strapi }) => {
          await flushOutbox(strapi, (id) => ensurePartnership(strapi, id)).catch((e) =>
            strapi.log.error(`[mail] outbox: ${(e as Error).message}`),
          );
          await flushVerificationNotices(strapi).catch((e) => strapi.log.error(`[mail] outbox: ${(e as Error).message}`));
        },
        options: { rule: '*/5 * * * *' },
      },
    });
    // Last: the seed above is not announced to a site that has cached nothing yet.
    await ensureSiteWebhook(strapi);
  },
};
