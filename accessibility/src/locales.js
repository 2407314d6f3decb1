import { readFileSync } from 'node:fs';

/** The site's locales, from its Paraglide settings: by default the audit expects pages in each of them. */
const settings = JSON.parse(readFileSync(new URL('../../site/project.inlang/settings.json', import.meta.url), 'utf8'));
export const SITE_LOCALES = settings.locales;
