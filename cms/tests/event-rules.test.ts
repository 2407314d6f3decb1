import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from './admin-users';
import { eventData } from './fixtures';
import { bootStrapi, type Harness } from './strapi-harness';

/**
 * Each rule of src/api/event/rules.ts refuses a bad event through the document service and through
 * the admin panel's own API (as an Editor), with a 400 whose message and path name the field, and
 * stores nothing; beside each refusal, the same event made right passes.
 */
let h: Harness;
let editor: Awaited<ReturnType<typeof signInAs>>;
let imageId = 0;
const UID = 'api::event.event';
const model = `/content-manager/collection-types/${UID}`;
const START = '2031-05-02T18:00:00.000Z';
const HOUR = 3600_000;
const at = (offset: number) => new Date(Date.parse(START) + offset).toISOString();

let n = 0;
const event = (patch: Record<string, unknown> = {}) =>
  eventData(`rule-${Date.now()}-${n++}`, 'Soirée musicale', {
    summary: 'Un concert de quartier',
    domain: 'culture',
    category: 'music',
    startsAt: START,
    endsAt: at(2 * HOUR),
    ...patch,
  });

interface Rule {
  name: string;
  /** Refused as a draft too, or only on publishing. */
  stage: 'draft' | 'publish';
  path: string[];
  /** A word of the message that names the field, in French and in Arabic. */
  words: [string, string];
  bad: () => Record<string, unknown>;
  good: () => Record<string, unknown>;
}

const RULES: Rule[] = [
  {
    name: 'the end is after the start',
    stage: 'draft',
    path: ['endsAt'],
    words: ['fin', 'النهاية'],
    bad: () => ({ endsAt: START }),
    good: () => ({ endsAt: at(HOUR) }),
  },
  {
    name: 'registration closes before the start',
    stage: 'draft',
    path: ['registration', 'closesAt'],
    words: ['inscriptions', 'التسجيل'],
    bad: () => ({ registration: { mode: 'none', closesAt: at(HOUR) } }),
    good: () => ({ registration: { mode: 'none', closesAt: at(-24 * HOUR) } }),
  },
  {
    name: 'sign-language interpretation says how',
    stage: 'publish',
    path: ['accessibilityNotes'],
    words: ['langue des signes', 'لغة الإشارة'],
    bad: () => ({ accessibility: { signLanguage: true }, accessibilityNotes: '  ' }),
    good: () => ({ accessibility: { signLanguage: true }, accessibilityNotes: 'Interprète LSM au premier rang.' }),
  },
  {
    name: 'registration on the hub has a capacity',
    stage: 'publish',
    path: ['registration', 'capacity'],
    words: ['places', 'المقاعد'],
    bad: () => ({ registration: { mode: 'hub' } }),
    good: () => ({ registration: { mode: 'hub', capacity: 30 } }),
  },
  {
    name: 'external registration has a URL or a phone (URL)',
    stage: 'publish',
    path: ['registration', 'url'],
    words: ['adresse web', 'الرابط'],
    bad: () => ({ registration: { mode: 'external' } }),
    good: () => ({ registration: { mode: 'external', url: 'https://inscriptions.example/' } }),
  },
  {
    name: 'external registration has a URL or a phone (phone)',
    stage: 'publish',
    path: ['registration', 'url'],
    words: ['téléphone', 'الهاتف'],
    bad: () => ({ registration: { mode: 'external', url: '' } }),
    good: () => ({ registration: { mode: 'external', phone: '+212 539 00 00 00' } }),
  },
  {
    name: 'registration by phone has a phone',
    stage: 'publish',
    path: ['registration', 'phone'],
    words: ['téléphone', 'الهاتف'],
    bad: () => ({ registration: { mode: 'phone', capacity: 20 } }),
    good: () => ({ registration: { mode: 'phone', phone: '+212 539 00 00 00' } }),
  },
  {
    name: 'an image has alt text',
    stage: 'publish',
    path: ['imageAlt'],
    words: ['texte alternatif', 'نص بديل'],
    bad: () => ({ image: imageId }),
    good: () => ({ image: imageId, imageAlt: 'Un oud posé sur une chaise' }),
  },
  {
    name: 'a paying event has a price',
    stage: 'publish',
    path: ['priceMad'],
    words: ['prix', 'ثمنا'],
    bad: () => ({ isFree: false, priceMad: 0 }),
    good: () => ({ isFree: false, priceMad: 20 }),
  },
  // START is Friday 2 May 2031, 19:00 in Tétouan.
  {
    name: 'a series ends on a date or after a number of times, not both',
    stage: 'draft',
    path: ['series', 'count'],
    words: ['date de fin', 'تاريخ النهاية'],
    bad: () => ({ series: { frequency: 'weekly', until: '2031-06-27', count: 5 } }),
    good: () => ({ series: { frequency: 'weekly', count: 5 } }),
  },
  {
    name: 'a series says when it ends',
    stage: 'publish',
    path: ['series', 'until'],
    words: ['se termine', 'تنتهي'],
    bad: () => ({ series: { frequency: 'weekly' } }),
    good: () => ({ series: { frequency: 'weekly', until: '2031-06-27' } }),
  },
  {
    name: 'a series begins on one of its days',
    stage: 'draft',
    path: ['startsAt'],
    words: ['répétition', 'التكرار'],
    bad: () => ({ series: { frequency: 'weekly', saturday: true, count: 4 } }),
    good: () => ({ series: { frequency: 'weekly', friday: true, saturday: true, count: 4 } }),
  },
  {
    name: 'a series spans two years at most',
    stage: 'draft',
    path: ['series', 'until'],
    words: ['deux ans', 'سنتين'],
    bad: () => ({ series: { frequency: 'weekly', until: '2033-06-01' } }),
    good: () => ({ series: { frequency: 'weekly', until: '2032-06-01' } }),
  },
  {
    name: 'a changed date is a date of the series',
    stage: 'draft',
    path: ['seriesChanges', '0', 'date'],
    words: ['Aucune date', 'لا يوجد موعد'],
    bad: () => ({ series: { frequency: 'weekly', count: 4 }, seriesChanges: [{ date: '2031-05-10', change: 'cancelled' }] }),
    good: () => ({ series: { frequency: 'weekly', count: 4 }, seriesChanges: [{ date: '2031-05-09', change: 'cancelled' }] }),
  },
  {
    name: 'a moved date has its new times',
    stage: 'publish',
    path: ['seriesChanges', '0', 'startsAt'],
    words: ['déplacée', 'المنقول'],
    bad: () => ({ series: { frequency: 'weekly', count: 4 }, seriesChanges: [{ date: '2031-05-09', change: 'moved' }] }),
    good: () => ({
      series: { frequency: 'weekly', count: 4 },
      seriesChanges: [{ date: '2031-05-09', change: 'moved', startsAt: '2031-05-10T17:00:00.000Z', endsAt: '2031-05-10T19:00:00.000Z' }],
    }),
  },
];

const stored = (slug: string, status?: 'published') =>
  h.strapi.documents(UID).count({ filters: { slug }, locale: 'fr', ...(status ? { status } : {}) } as any);

function expectRefusal(res: { status: number; body: any }, rule: Rule) {
  expect(res.status, JSON.stringify(res.body)).toBe(400);
  const { message, details } = res.body.error;
  for (const word of rule.words) expect(message).toContain(word);
  expect(details.errors).toContainEqual(expect.objectContaining({ path: rule.path, message: expect.stringContaining(rule.words[1]) }));
}

beforeAll(async () => {
  h = await bootStrapi();
  editor = await signInAs(h.strapi, h.url, 'strapi-editor');
  // An uploaded image as the media library records it; the file itself is never read.
  const file = await h.strapi.db.query('plugin::upload.file').create({
    data: {
      name: 'oud.png',
      hash: `oud-${Date.now()}`,
      ext: '.png',
      mime: 'image/png',
      size: 1,
      url: '/uploads/oud.png',
      provider: 'local',
    },
  });
  imageId = file.id;
});

afterAll(async () => {
  await h?.stop();
});

describe.each(RULES)('$name', (rule) => {
  it('is kept by the document service, as the seed and any code write', async () => {
    const docs = h.strapi.documents(UID);
    const bad = event(rule.bad());
    const publishing = rule.stage === 'publish' ? { status: 'published' } : {};
    const refused = await docs.create({ locale: 'fr', data: bad, ...publishing } as any).catch((e: any) => e);
    expect(refused.name).toBe('ValidationError');
    expect(refused.details.errors).toContainEqual(expect.objectContaining({ path: rule.path }));
    expect(await stored(bad.slug as string)).toBe(0);

    const good = event(rule.good());
    await docs.create({ locale: 'fr', data: good, ...publishing } as any);
    expect(await stored(good.slug as string, rule.stage === 'publish' ? 'published' : undefined)).toBe(1);
  });

  it('is kept by the admin panel for an editor, with the message beside the field', async () => {
    const bad = event(rule.bad());
    const created = await editor(`${model}?locale=fr`, 'POST', bad);
    if (rule.stage === 'draft') {
      expectRefusal(created, rule);
      expect(await stored(bad.slug as string)).toBe(0);
    } else {
      // Work in progress is saved; publishing it is refused, and nothing is published.
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const { documentId } = created.body.data;
      expectRefusal(await editor(`${model}/${documentId}/actions/publish?locale=fr`, 'POST', {}), rule);
      expect(await stored(bad.slug as string, 'published')).toBe(0);
      // Corrected in the form and published in one click: the panel sends the corrected draft along.
      const fixed = await editor(`${model}/${documentId}/actions/publish?locale=fr`, 'POST', { ...bad, ...rule.good() });
      expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
      expect(await stored(bad.slug as string, 'published')).toBe(1);
    }
    // Created and published in one request ("Publish" on a new event): refused whole, nothing stored.
    const atOnce = event(rule.bad());
    expectRefusal(await editor(`${model}/actions/publish?locale=fr`, 'POST', atOnce), rule);
    expect(await stored(atOnce.slug as string)).toBe(0);

    const good = event(rule.good());
    const allowed = await editor(`${model}/actions/publish?locale=fr`, 'POST', good);
    expect(allowed.status, JSON.stringify(allowed.body)).toBe(200);
    expect(await stored(good.slug as string, 'published')).toBe(1);
  });
});

describe('a draft', () => {
  it('keeps its stored values when a change would break a rule, and takes a change that keeps them', async () => {
    const created = await editor(`${model}?locale=fr`, 'POST', event());
    const { documentId } = created.body.data;
    // Only the end is sent: the rule reads the stored start beside it.
    const refused = await editor(`${model}/${documentId}?locale=fr`, 'PUT', { endsAt: at(-HOUR) });
    expectRefusal(refused, RULES[0]);
    const kept = await h.strapi.documents(UID).findOne({ documentId, locale: 'fr' } as any);
    expect(new Date(kept.endsAt).toISOString()).toBe(at(2 * HOUR));
    expect((await editor(`${model}/${documentId}?locale=fr`, 'PUT', { endsAt: at(3 * HOUR) })).status).toBe(200);
  });

  it('needs alt text in each locale it is published in', async () => {
    const docs = h.strapi.documents(UID);
    const fr = await docs.create({ locale: 'fr', data: event({ image: imageId, imageAlt: 'Un oud posé sur une chaise' }) } as any);
    await docs.update({
      documentId: fr.documentId,
      locale: 'ar',
      data: { ...event({ image: imageId }), slug: fr.slug, title: 'أمسية موسيقية', summary: 'حفل في الحي' },
    } as any);
    const refused = await docs.publish({ documentId: fr.documentId, locale: 'ar' } as any).catch((e: any) => e);
    expect(refused.details?.errors).toContainEqual(expect.objectContaining({ path: ['imageAlt'] }));
    expect(await docs.count({ filters: { documentId: fr.documentId }, locale: 'ar', status: 'published' } as any)).toBe(0);
    await docs.publish({ documentId: fr.documentId, locale: 'fr' } as any);
    expect(await docs.count({ filters: { documentId: fr.documentId }, locale: 'fr', status: 'published' } as any)).toBe(1);
  });
});
