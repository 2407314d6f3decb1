import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEFAULT_LOCALE } from '../../locales';
import { FORMATS_POPULATE, formatProblems } from '../../formats/rules';
import { localDate } from '../../time';
import { recurrenceRule, seriesEnd, seriesFacts, type Series, type SeriesChange } from './series';

/**
 * The rules an event must keep, written once and enforced on every write through the document
 * service (the admin panel, the content API and the seed alike) by `registerEventRules`.
 *
 * Messages are in French and Arabic together: the server cannot know which language the editor's
 * panel speaks. Each names the field's path, so the admin panel's form shows it beside the field.
 *
 * Drafts: an editor who publishes twenty activities a week must be able to save work in progress,
 * as Strapi itself does for required fields, which it checks only on publishing. So a draft is
 * refused only for a contradiction between two values already entered (an end before the start, a
 * closing date after the start), which no amount of further writing makes right; a missing piece
 * (a capacity, an alt text, a price, how the signing is provided) blocks publishing only.
 */

export type EventValues = Record<string, any>;

export interface Problem {
  path: string[];
  message: string;
}

export type Stage = 'draft' | 'publish';

const M = {
  endAfterStart: 'La fin doit être après le début · يجب أن تكون النهاية بعد البداية',
  closesBeforeStart: 'Les inscriptions doivent fermer avant le début · يجب أن يُغلق التسجيل قبل بداية النشاط',
  signLanguageNotes:
    "Précisez dans les notes d'accessibilité comment la langue des signes est assurée · وضّحوا في ملاحظات الولوجية كيف تُوفَّر الترجمة بلغة الإشارة",
  capacity: 'Indiquez le nombre de places pour une inscription sur le portail · حدّدوا عدد المقاعد للتسجيل عبر البوابة',
  urlOrPhone: "Indiquez l'adresse web ou le téléphone de l'inscription externe · أدخلوا الرابط أو رقم الهاتف للتسجيل الخارجي",
  phone: "Indiquez le téléphone de l'inscription par téléphone · أدخلوا رقم الهاتف للتسجيل عبر الهاتف",
  imageAlt: "Décrivez l'image (texte alternatif) dans cette langue · صِفوا الصورة (نص بديل) بهذه اللغة",
  price: 'Indiquez un prix supérieur à 0 MAD, ou cochez « gratuit » · حدّدوا ثمنا أكبر من 0 درهم، أو اختاروا «مجاني»',
  untilOrCount: 'Indiquez une date de fin ou un nombre de fois, pas les deux · حدّدوا تاريخ النهاية أو عدد المرات، وليس الاثنين معا',
  seriesEnd:
    'Indiquez quand la série se termine : une date de fin ou un nombre de fois · حدّدوا متى تنتهي السلسلة: تاريخ النهاية أو عدد المرات',
  untilAfterStart: 'La date de fin de la série doit suivre le premier jour · يجب أن يكون تاريخ نهاية السلسلة بعد اليوم الأول',
  startsOnRule:
    'Le début doit tomber sur un des jours de la répétition (par exemple un samedi pour « chaque samedi ») · يجب أن تكون البداية في أحد أيام التكرار (مثلا يوم سبت لـ«كل سبت»)',
  tooLong: 'Une série couvre au plus deux ans et 400 dates : scindez-la · تغطي السلسلة سنتين و400 موعد على الأكثر: قسّموها',
  changeDate: 'Aucune date de la série ne tombe ce jour-là · لا يوجد موعد من السلسلة في هذا اليوم',
  changeTwice: 'Ce jour a déjà un changement · لهذا اليوم تغيير سابق',
  movedTimes: 'Indiquez le nouveau début et la nouvelle fin de la date déplacée · حدّدوا البداية والنهاية الجديدتين للموعد المنقول',
} as const;

const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const time = (v: unknown) => (v === null || v === undefined || v === '' ? null : new Date(v as string).getTime());

/** The problems of one locale of an event, as it would be stored (shared and localized fields together). */
export function eventProblems(event: EventValues, stage: Stage): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string[], message: string) => problems.push({ path, message });
  const startsAt = time(event.startsAt);
  const endsAt = time(event.endsAt);
  const registration = event.registration ?? {};
  const closesAt = time(registration.closesAt);

  // Contradictions: refused in a draft too.
  if (startsAt !== null && endsAt !== null && !(endsAt > startsAt)) add(['endsAt'], M.endAfterStart);
  if (startsAt !== null && closesAt !== null && !(closesAt < startsAt)) add(['registration', 'closesAt'], M.closesBeforeStart);
  problems.push(...seriesProblems(event, stage));
  problems.push(...formatProblems(event, stage, event.locale ?? DEFAULT_LOCALE));
  if (stage === 'draft') return problems;

  // Missing pieces: refused on publishing.
  if (event.accessibility?.signLanguage === true && !filled(event.accessibilityNotes)) add(['accessibilityNotes'], M.signLanguageNotes);
  if (registration.mode === 'hub' && !(Number(registration.capacity) >= 1)) add(['registration', 'capacity'], M.capacity);
  if (registration.mode === 'external' && !filled(registration.url) && !filled(registration.phone)) {
    add(['registration', 'url'], M.urlOrPhone);
  }
  if (registration.mode === 'phone' && !filled(registration.phone)) add(['registration', 'phone'], M.phone);
  if (event.image && !filled(event.imageAlt)) add(['imageAlt'], M.imageAlt);
  if (event.isFree === false && !(Number(event.priceMad) > 0)) add(['priceMad'], M.price);
  return problems;
}

/** The rules of a repeating activity and of its changed dates. */
export function seriesProblems(event: EventValues, stage: Stage): Problem[] {
  const problems: Problem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ path: path.map(String), message });
  const series: Series | null = event.series ?? null;
  const changes: SeriesChange[] = Array.isArray(event.seriesChanges) ? event.seriesChanges : [];

  changes.forEach((c, i) => {
    const start = time(c.startsAt);
    const end = time(c.endsAt);
    if (start !== null && end !== null && !(end > start)) add(['seriesChanges', i, 'endsAt'], M.endAfterStart);
    if (stage === 'publish' && c.change === 'moved' && (start === null || end === null))
      add(['seriesChanges', i, 'startsAt'], M.movedTimes);
  });
  if (!series) return problems;

  if (series.until && series.count) add(['series', 'count'], M.untilOrCount);
  else if (stage === 'publish' && !series.until && !series.count) add(['series', 'until'], M.seriesEnd);
  if (time(event.startsAt) === null) return problems;

  const first = new Date(event.startsAt).toISOString();
  if (series.until && series.until < localDate(new Date(first))) add(['series', 'until'], M.untilAfterStart);
  const facts = seriesFacts(series, first);
  if (!facts.startsOnRule) add(['startsAt'], M.startsOnRule);
  if (facts.tooLong) add(['series', series.until ? 'until' : 'frequency'], M.tooLong);
  const seen = new Set<string>();
  changes.forEach((c, i) => {
    if (!c.date) return;
    if (seen.has(c.date)) add(['seriesChanges', i, 'date'], M.changeTwice);
    else if (!facts.dates.includes(c.date)) add(['seriesChanges', i, 'date'], M.changeDate);
    seen.add(c.date);
  });
  return problems;
}

/**
 * What the CMS derives from an event's dates and keeps beside them: the RFC 5545 rule that
 * calendar files carry, and the end of the last occurrence, which "still to come" filters on.
 */
export function derivedSchedule(event: EventValues): { recurrence: string | null; seriesEndsAt: string | null } {
  const schedule = { startsAt: event.startsAt, endsAt: event.endsAt, series: event.series, seriesChanges: event.seriesChanges };
  return { recurrence: recurrenceRule(schedule), seriesEndsAt: seriesEnd(schedule) };
}

export function throwIfProblems(problems: Problem[]) {
  if (!problems.length) return;
  throw new errors.ValidationError(problems.map((p) => p.message).join(' — '), {
    errors: problems.map((p) => ({ path: p.path, message: p.message, name: 'ValidationError' })),
  });
}

const UID = 'api::event.event';
// The event's own fields the rules read; the components and the image are loaded whole.
const POPULATE = {
  accessibility: true,
  registration: true,
  image: true,
  series: true,
  seriesChanges: true,
  ...FORMATS_POPULATE,
} as const;
// Fields kept per locale: a new locale does not inherit them from its siblings.
const LOCALIZED = ['accessibilityNotes', 'imageAlt', 'easyRead'];

/** The stored draft of a locale, or, for a locale being added, the fields it shares with its siblings. */
async function storedDraft(strapi: Core.Strapi, documentId: string, locale: string): Promise<EventValues> {
  const query = strapi.db.query(UID);
  const own = await query.findOne({ where: { documentId, locale, publishedAt: null }, populate: POPULATE });
  if (own) return own;
  const sibling = await query.findOne({ where: { documentId, publishedAt: null }, populate: POPULATE });
  if (!sibling) return {};
  for (const field of LOCALIZED) delete sibling[field];
  return sibling;
}

/** The locales a publish call names: one, several, or '*' for all of them. */
function localeWhere(locale: unknown) {
  if (locale === '*') return {};
  if (Array.isArray(locale)) return { locale: { $in: locale } };
  return { locale: typeof locale === 'string' ? locale : DEFAULT_LOCALE };
}

/**
 * Checks every create, update and publish of an event before it is written. A create or update
 * that also publishes (`status: 'published'`, as the seed does) is held to the publishing rules.
 * Updates carry only what changed, so the rules read the stored draft with the changes on top.
 */
export function registerEventRules(strapi: Core.Strapi) {
  strapi.documents.use(async (context: any, next: () => Promise<any>) => {
    if (context.uid !== UID) return next();
    const params = context.params ?? {};
    if (context.action === 'create' || context.action === 'update') {
      const stored =
        context.action === 'update' && params.documentId
          ? await storedDraft(strapi, params.documentId, params.locale ?? DEFAULT_LOCALE)
          : {};
      const stage: Stage = params.status === 'published' ? 'publish' : 'draft';
      const merged = { ...stored, ...(params.data ?? {}), locale: params.locale ?? stored.locale ?? DEFAULT_LOCALE };
      throwIfProblems(eventProblems(merged, stage));
      params.data = { ...(params.data ?? {}), ...derivedSchedule(merged) };
      context.params = params;
    } else if (context.action === 'publish' && params.documentId) {
      const drafts = await strapi.db
        .query(UID)
        .findMany({ where: { documentId: params.documentId, publishedAt: null, ...localeWhere(params.locale) }, populate: POPULATE });
      // Several locales published at once may share a problem (the fields they share): name it once.
      const all = drafts.flatMap((draft: EventValues) => eventProblems(draft, 'publish'));
      throwIfProblems(all.filter((p, i) => all.findIndex((q) => q.message === p.message && q.path.join() === p.path.join()) === i));
    }
    return next();
  });
}
