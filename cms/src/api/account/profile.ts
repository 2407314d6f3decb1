import type { Core } from '@strapi/strapi';
import { plainText } from '../comment/submit';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../../locales';
import { neighbourhoodIds } from '../neighbourhood/by-slugs';
import { ASSOCIATION_CATEGORIES } from '../../vocabulary';
import { invalidFields, Refusal } from '../../utils/refusal';
import { associationOf } from './accounts';

/**
 * The association's profile as its own accounts see and edit it. Only the fields listed here are
 * read from a request: never `verified` (staff decide), never its accounts, slug or partnerships.
 * Names and descriptions are per language; the rest is shared by every language version.
 */
const ASSOCIATION = 'api::association.association';

export interface Profile {
  email: string;
  association: {
    documentId: string;
    slug: string;
    name: string;
    category: string;
    description: string | null;
    contactEmail: string | null;
    contactPhone: string | null;
    legalIdentifier: string | null;
    correspondenceLanguage: string;
    neighbourhoodsServed: string[];
    verified: boolean;
  } | null;
}

export async function profileOf(strapi: Core.Strapi, user: { id: number; email: string }, locale?: string): Promise<Profile> {
  const a = await associationOf(strapi, user.id, locale);
  return {
    email: user.email,
    association: a && {
      documentId: a.documentId,
      slug: a.slug,
      name: a.name,
      category: a.category,
      description: a.description ?? null,
      contactEmail: a.contactEmail ?? null,
      contactPhone: a.contactPhone ?? null,
      legalIdentifier: a.legalIdentifier ?? null,
      correspondenceLanguage: a.correspondenceLanguage,
      neighbourhoodsServed: (a.neighbourhoodsServed ?? []).map((n: { slug: string }) => n.slug).sort(),
      verified: a.verified === true,
    },
  };
}

type Fields = Record<string, string>;

const text = (value: unknown, max: number, field: string, problems: Fields, { required = false } = {}): string | null | undefined => {
  if (value === undefined) return undefined;
  const s = typeof value === 'string' ? plainText(value) : null;
  if (value !== null && s === null) problems[field] = 'invalid';
  else if (!s) {
    if (required) problems[field] = 'required';
    return null;
  } else if ([...s].length > max) problems[field] = 'too-long';
  return s || null;
};

/** Reads the editable fields of a profile; a field left out keeps its value, an empty one clears it. */
export async function readProfileChanges(strapi: Core.Strapi, raw: unknown) {
  const body = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const problems: Fields = {};
  const localized = {
    name: text(body.name, 200, 'name', problems, { required: true }),
    description: text(body.description, 4000, 'description', problems),
  };
  const shared: Record<string, unknown> = {};
  if (body.category !== undefined) {
    if (typeof body.category === 'string' && ASSOCIATION_CATEGORIES.includes(body.category)) shared.category = body.category;
    else problems.category = 'invalid';
  }
  if (body.correspondenceLanguage !== undefined) {
    if (typeof body.correspondenceLanguage === 'string' && LOCALE_CODES.includes(body.correspondenceLanguage)) {
      shared.correspondenceLanguage = body.correspondenceLanguage;
    } else problems.correspondenceLanguage = 'invalid';
  }
  const email = text(body.contactEmail, 254, 'contactEmail', problems);
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems.contactEmail = 'email-invalid';
  if (email !== undefined) shared.contactEmail = email;
  const phone = text(body.contactPhone, 20, 'contactPhone', problems);
  if (phone && !/^\+?[0-9 ]{6,20}$/.test(phone)) problems.contactPhone = 'invalid';
  if (phone !== undefined) shared.contactPhone = phone;
  const legal = text(body.legalIdentifier, 60, 'legalIdentifier', problems);
  if (legal !== undefined) shared.legalIdentifier = legal;
  // Checked here in the default language; each language version links its own rows (updateProfile).
  let neighbourhoods: unknown;
  if (body.neighbourhoodsServed !== undefined) {
    if (await neighbourhoodIds(strapi, body.neighbourhoodsServed, DEFAULT_LOCALE)) neighbourhoods = body.neighbourhoodsServed;
    else problems.neighbourhoodsServed = 'invalid';
  }
  if (Object.keys(problems).length) throw invalidFields(problems);
  return {
    localized: Object.fromEntries(Object.entries(localized).filter(([, v]) => v !== undefined)),
    shared,
    neighbourhoods,
  };
}

export async function updateProfile(strapi: Core.Strapi, user: { id: number; email: string }, raw: unknown, locale: string) {
  const current = await associationOf(strapi, user.id, locale);
  if (!current) throw new Refusal(404, 'not-found');
  const { localized, shared, neighbourhoods } = await readProfileChanges(strapi, raw);
  // What identifies a verified association is the commune's to change: its name, category and
  // legal identifier stay as verified (staff edit them in the admin panel if they must).
  if (current.verified) {
    const locked = Object.fromEntries(
      [
        ['name', localized.name !== undefined && localized.name !== current.name],
        ['category', shared.category !== undefined && shared.category !== current.category],
        ['legalIdentifier', shared.legalIdentifier !== undefined && (shared.legalIdentifier ?? null) !== (current.legalIdentifier ?? null)],
      ]
        .filter(([, changed]) => changed)
        .map(([field]) => [field, 'verified-locked']),
    );
    if (Object.keys(locked).length) throw invalidFields(locked as Record<string, string>);
  }
  const versions: any[] = await strapi.db.query(ASSOCIATION).findMany({ where: { documentId: current.documentId }, select: ['locale'] });
  // Shared fields are written to every language version, this language's name and description to its own.
  for (const { locale: version } of versions) {
    const served = neighbourhoods === undefined ? {} : { neighbourhoodsServed: await neighbourhoodIds(strapi, neighbourhoods, version) };
    const data = version === locale ? { ...shared, ...served, ...localized } : { ...shared, ...served };
    if (Object.keys(data).length)
      await strapi.documents(ASSOCIATION).update({ documentId: current.documentId, locale: version, data: data as any });
  }
  return profileOf(strapi, user, locale);
}
