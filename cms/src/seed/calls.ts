import type { Core } from '@strapi/strapi';
import * as clock from '../clock';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../locales';
import { localToday, localToUtc } from '../time';
import data from './calls.json';
import { missingTranslations, pick, upsert, type Localized } from './localized';

/**
 * The demo calls for expressions of interest: one open (it closes in three weeks), one to come,
 * one closed with its results published, dated from the day of seeding so that a newcomer always
 * finds a call to apply to. Loaded once, marked in Strapi's store; found again by slug.
 */
const SEEDED_KEY = 'calls-seeded-at';

export const missingCallTexts = () => missingTranslations(data.calls, 'calls.json');

const day = (now: Date, days: number, hour: number) => {
  const t = localToday(now);
  return localToUtc(t.year, t.month, t.day + days, hour).toISOString();
};

export async function seedCallsOnce(strapi: Core.Strapi, now = clock.now()): Promise<boolean> {
  const store = strapi.store({ type: 'core', name: 'hub' });
  if (await store.get({ key: SEEDED_KEY })) return false;
  const missing = missingCallTexts();
  if (missing.length) throw new Error(`The demo calls lack texts:\n${missing.join('\n')}`);
  const ids = new Map<string, string>();
  for (const c of data.calls) {
    const texts = pick({
      title: c.title,
      summary: c.summary,
      description: c.description,
      eligibility: c.eligibility,
      help: c.help,
      budget: c.budget,
    });
    const localized: Localized = Object.fromEntries(
      LOCALE_CODES.map((l) => [
        l,
        {
          ...texts[l],
          criteria: c.criteria.map((k) => ({
            key: k.key,
            weight: k.weight,
            label: (k.label as any)[l],
            description: (k.description as any)[l],
          })),
          documents: c.documents.map((d) => ({ key: d.key, required: d.required, label: (d.label as any)[l], hint: (d.hint as any)[l] })),
        },
      ]),
    );
    const documentId = await upsert(
      strapi,
      'api::call-for-interest.call-for-interest',
      { slug: c.slug },
      {
        reference: c.reference,
        state: c.state,
        partnershipKind: c.partnershipKind,
        opensAt: day(now, c.opensInDays, 9),
        deadline: day(now, c.closesInDays, 16),
        startsOn: c.startsOn,
        endsOn: c.endsOn,
      },
      localized,
      true,
    );
    ids.set(c.slug, documentId);
  }
  await seedPartnership(strapi, ids);
  await store.set({ key: SEEDED_KEY, value: now.toISOString() });
  return true;
}

/**
 * The closed call's results: one partnership, with a verified demo association, so that the
 * association's page shows what a partnership looks like. Made as staff accepting an application
 * would make it (api/application/workflow.ts), without the application.
 */
async function seedPartnership(strapi: Core.Strapi, calls: Map<string, string>) {
  const seed = data.partnership;
  const call = calls.get(seed.call);
  const association: any = await strapi.db
    .query('api::association.association')
    .findOne({ where: { verified: true, locale: DEFAULT_LOCALE }, orderBy: { slug: 'asc' }, select: ['documentId'] });
  if (!call || !association) return;
  const docs = strapi.documents('api::partnership.partnership');
  let documentId: string | undefined;
  for (const locale of LOCALE_CODES) {
    const data = {
      title: (seed.title as Record<string, string>)[locale],
      kind: seed.kind,
      startsOn: seed.startsOn,
      endsOn: seed.endsOn,
      signedOn: seed.signedOn,
      call: { connect: [{ documentId: call, locale }] },
      association: { connect: [{ documentId: association.documentId, locale }] },
    };
    const saved: any = documentId ? await docs.update({ documentId, locale, data } as any) : await docs.create({ locale, data } as any);
    documentId ??= saved.documentId;
  }
}
