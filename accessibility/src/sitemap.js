import { AUDIT_CALL } from './session.js';

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML's five named entities and numeric ones (the hub's sitemap writes `&#38;`). */
const unescapeXml = (s) =>
  s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (_, dec, hex, name) =>
    name ? ENTITIES[name.toLowerCase()] : String.fromCodePoint(dec ? Number(dec) : parseInt(hex, 16)),
  );

/** The addresses of a sitemap, in document order. */
export function parseSitemap(xml) {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => unescapeXml(m[1]));
}

export async function fetchSitemap(site) {
  const res = await fetch(new URL('/sitemap.xml', site));
  if (!res.ok) throw new Error(`The sitemap of ${site} answered ${res.status}`);
  return parseSitemap(await res.text());
}

/**
 * States of pages that the sitemap does not list but visitors meet: not found, rejected
 * filters, no results. Each is a template of its own, audited in every locale in every mode.
 */
export const EXTRA_STATES = [
  '/{lang}/this-page-does-not-exist',
  '/{lang}/events?neighbourhood=atlantis&from=2026-13-45&page=abc',
  '/{lang}/events?q=zzzzzzzzzz-nothing-matches',
  '/{lang}/associations?category=unknown&q=zzzzzzzz',
  // Reached from a page that is not published in this language: the list with a note.
  '/{lang}/events?untranslated=1',
  '/{lang}/associations?untranslated=1',
  // The heritage list with rejected filters, and with filters nothing passes.
  '/{lang}/heritage?grade=great&feature=lava&needs=on',
  '/{lang}/heritage?grade=fully&feature=braille&feature=induction-loop&feature=sign-language-staff&kind=gate',
  // A preview link that is not valid (forged, expired): the not-found page. A valid preview needs a
  // live signature; site/e2e/preview.test.ts runs axe on it.
  '/{lang}/preview/events/no-such-draft?expires=1&signature=0',
  // An event with a signed video, its easy-read version and braille preview: the seed's first event
  // always has them (cms/src/seed). "Sign language first" needs a cookie: site/e2e/formats.test.ts audits it.
  '/{lang}/events/adapted-sport-day-kouilma',
  '/{lang}/events/adapted-sport-day-kouilma/easy-read',
  '/{lang}/formats?saved=1',
  // An association page with its partnerships needs no line here: the seed gives the demo
  // partnership to the first verified association by slug (cms/src/seed/calls.ts), the sitemap
  // lists associations by slug, and the first instance of every template is always audited.
  // Reception-area screens, for the whole commune and for one neighbourhood.
  '/{lang}/screen',
  '/{lang}/screen?neighbourhood=kouilma',
  // A plan's comment form after a refusal (error summary) or a success (pending) is the answer to a
  // POST, which the audit cannot make: site/e2e/plans.test.ts runs axe on both.
  // An association's account pages before signing in; with a code in the address (the e-mails'
  // links) and without. Personal pages, never in the sitemap.
  '/{lang}/account/sign-in',
  '/{lang}/account/register',
  '/{lang}/account/forgot',
  '/{lang}/account/resend',
  '/{lang}/account/reset?token=audit-code',
  '/{lang}/account/reset',
  '/{lang}/account/confirm?token=audit-code',
  // Applying without being signed in leads to signing in, with the way back in the address.
  `/{lang}/account/sign-in?next=/{lang}/calls/${AUDIT_CALL}/apply`,
];

/**
 * Pages only a signed-in association sees, audited with the session of an association made for
 * the audit (session.js) when the test stack's CMS and mail catcher are at hand. A form's error
 * state is the answer to a POST: site/e2e/association.test.ts runs axe on those, in both locales.
 */
export const SIGNED_IN_STATES = [
  '/{lang}/account',
  '/{lang}/account/profile',
  ...['', '/about', '/proposal', '/reach', '/accessibility', '/documents', '/check'].map(
    (step) => `/{lang}/calls/${AUDIT_CALL}/apply${step}`,
  ),
];
