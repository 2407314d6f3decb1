import settings from '../locales.json';

/** Each locale's name as a French sentence and an Arabic one say it ("en arabe", "باللغة العربية"). */
const NAMES: Record<string, { fr: string; ar: string }> = {
  ar: { fr: 'arabe', ar: 'العربية' },
  fr: { fr: 'français', ar: 'الفرنسية' },
};
const name = (code: string, language: 'fr' | 'ar') => NAMES[code]?.[language] ?? code;
const list = (codes: string[], language: 'fr' | 'ar') => codes.map((c) => name(c, language)).join(language === 'fr' ? ', ' : '، ');

/** What the content manager hands a side panel of its edit view (the parts read here). */
interface EditViewProps {
  document?: { locale?: string | null };
  meta?: { availableLocales?: { locale?: string | null }[] };
}

/**
 * Tells the editor, beside the Publish button, which of the hub's locales a document does not have
 * yet. Publishing stays allowed (an event may well be announced in one language first), but the
 * site shows it only in the locales it exists in, and Strapi has no server-side warning to say so.
 * The panel reads the document's locales the edit view already loaded: no request of its own.
 */
export function MissingLocalesPanel({ document, meta }: EditViewProps) {
  if (!document?.locale || !meta) return null;
  const present = [document.locale, ...(meta.availableLocales ?? []).map((l) => l.locale)].filter(Boolean) as string[];
  const missing = settings.locales.map((l) => l.code).filter((code) => !present.includes(code));
  if (!missing.length) return null;
  const shown = settings.locales.map((l) => l.code).filter((code) => present.includes(code));
  return {
    title: 'Langues · اللغات',
    content: (
      <div role="status" style={{ display: 'grid', gap: '0.5rem' }}>
        <p lang="fr" dir="ltr">
          Pas encore en {list(missing, 'fr')} : publiée, cette fiche n&apos;apparaîtra sur le site qu&apos;en {list(shown, 'fr')}.
        </p>
        <p lang="ar" dir="rtl">
          غير متوفرة بعد باللغة {list(missing, 'ar')}: إذا نُشرت، لن تظهر على الموقع إلا باللغة {list(shown, 'ar')}.
        </p>
      </div>
    ),
  };
}
