import { m } from '$lib/paraglide/messages';
import type { AccessOffer, Audience, CategoryFilter } from './vocabulary';

/**
 * Visible names of the filter words. Each is the message named after its slug (domain_<slug>,
 * category_<slug>, audience_<slug>, access_<slug>, with _ for -): the contract test checks each
 * entry against that message in every locale, and that no such message outlives its word.
 * Written out rather than looked up by name, so that a page's bundle carries only its messages.
 */
export const categoryLabel: Record<CategoryFilter, () => string> = {
  culture: m.domain_culture,
  sport: m.domain_sport,
  music: m.category_music,
  theatre: m.category_theatre,
  cinema: m.category_cinema,
  reading: m.category_reading,
  'heritage-visit': m.category_heritage_visit,
  'arts-and-crafts': m.category_arts_and_crafts,
  festival: m.category_festival,
  football: m.category_football,
  athletics: m.category_athletics,
  swimming: m.category_swimming,
  basketball: m.category_basketball,
  'para-sport': m.category_para_sport,
  chess: m.category_chess,
  walking: m.category_walking,
};

export const audienceLabel: Record<Audience, () => string> = {
  everyone: m.audience_everyone,
  women: m.audience_women,
  children: m.audience_children,
  youth: m.audience_youth,
  families: m.audience_families,
  seniors: m.audience_seniors,
  disability: m.audience_disability,
};

export const accessLabel: Record<AccessOffer, () => string> = {
  wheelchair: m.access_wheelchair,
  'step-free-route': m.access_step_free_route,
  'accessible-toilets': m.access_accessible_toilets,
  'sign-language': m.access_sign_language,
  captions: m.access_captions,
  'hearing-loop': m.access_hearing_loop,
  'audio-description': m.access_audio_description,
  'braille-programme': m.access_braille_programme,
  'large-print': m.access_large_print,
  'easy-read': m.access_easy_read,
  'quiet-space': m.access_quiet_space,
  'assistance-on-request': m.access_assistance_on_request,
};
