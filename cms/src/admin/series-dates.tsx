import { occurrencesOf, type Schedule } from '../api/event/series';
import { TIME_ZONE } from '../time';

/** How many dates the panel lists: two months of a weekly activity. */
const SHOWN = 10;

interface EditViewProps {
  model?: string;
  document?: Schedule | null;
}

const format = (iso: string, language: 'fr' | 'ar') =>
  new Intl.DateTimeFormat(language === 'fr' ? 'fr-MA' : 'ar-MA', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));

const CHANGE = {
  cancelled: { fr: 'annulée', ar: 'ملغى' },
  moved: { fr: 'déplacée', ar: 'منقول' },
} as const;

/**
 * Lists, beside the form, the dates a saved series gives, with its cancelled and moved ones, as
 * the site will list them: an editor checks "every Saturday until 28 March" and its exceptions at a
 * glance instead of trusting the rule. Computed by the same code as the CMS's lists
 * (api/event/series.ts), from the document the edit view has already loaded.
 */
export function SeriesDatesPanel({ model, document }: EditViewProps) {
  if (model !== 'api::event.event' || !document?.series) return null;
  const all = occurrencesOf(document);
  if (!all.length) return null;
  const rows = all.slice(0, SHOWN);
  return {
    title: `Dates de la série (${all.length}) · مواعيد السلسلة (${all.length})`,
    content: (
      <div style={{ display: 'grid', gap: '0.5rem' }}>
        <ol lang="fr" dir="ltr" style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
          {rows.map((o) => (
            <li key={`fr-${o.date}`}>
              {format(o.startsAt, 'fr')}
              {o.change ? ` — ${CHANGE[o.change].fr}` : ''}
            </li>
          ))}
        </ol>
        <ol lang="ar" dir="rtl" style={{ margin: 0, paddingInlineStart: '1.25rem' }}>
          {rows.map((o) => (
            <li key={`ar-${o.date}`}>
              {format(o.startsAt, 'ar')}
              {o.change ? ` — ${CHANGE[o.change].ar}` : ''}
            </li>
          ))}
        </ol>
        {all.length > SHOWN ? (
          <p>
            <span lang="fr">… et {all.length - SHOWN} autres</span> · <span lang="ar">… و{all.length - SHOWN} مواعيد أخرى</span>
          </p>
        ) : null}
      </div>
    ),
  };
}
