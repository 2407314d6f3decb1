import type { Core } from '@strapi/strapi';
import { LOCALE_CODES } from '../locales';

/** The hub's own content types, on which the admin roles below are given their permissions. */
export const HUB_TYPES = [
  'event',
  'association',
  'neighbourhood',
  'venue',
  'programme',
  'consultative-body',
  'body-session',
  'thematic-plan',
  'plan-action',
  'plan-milestone',
  'indicator',
  'comment',
  'heritage-point',
  'call-for-interest',
  'partnership',
].map((n) => `api::${n}.${n}`);

export const explorer = (action: string) => `plugin::content-manager.explorer.${action}`;

export interface Grant {
  action: string;
  /** Conditions to enforce; left out, those set in the admin panel are kept. */
  conditions?: string[];
}

interface Permission {
  id: number;
  action: string;
  subject: string;
  properties?: { locales?: string[]; fields?: string[] };
  conditions?: string[];
}

/**
 * Gives an admin role each grant on each hub type, in every locale of src/locales.json, and takes
 * away the `forbidden` actions there. Strapi makes its Editor and Author roles on first boot,
 * before the hub's locales exist, with permissions that name no locale: i18n then refuses to
 * read or change any existing entry. Field restrictions set in the admin panel are kept.
 */
export async function ensureRoleGrants(strapi: Core.Strapi, roleCode: string, grants: Grant[], forbidden: string[] = []) {
  const role = await strapi.db.query('admin::role').findOne({ where: { code: roleCode } });
  if (!role) return;
  const permissions = strapi.db.query('admin::permission');
  const existing: Permission[] = await permissions.findMany({
    where: { role: role.id, subject: { $in: HUB_TYPES } },
    select: ['id', 'action', 'subject', 'properties', 'conditions'],
  });
  const refused = existing.filter((p) => forbidden.includes(p.action));
  if (refused.length) await strapi.service('admin::permission').deleteByIds(refused.map((p) => p.id));

  const missing = [];
  for (const subject of HUB_TYPES) {
    for (const { action, conditions } of grants) {
      const current = existing.find((p) => p.action === action && p.subject === subject);
      if (!current) {
        missing.push({ action, subject, properties: { locales: [...LOCALE_CODES] }, conditions: conditions ?? [], role: role.id });
        continue;
      }
      const locales = current.properties?.locales ?? [];
      const keptConditions = conditions ?? current.conditions ?? [];
      const sameConditions = [...(current.conditions ?? [])].sort().join() === [...keptConditions].sort().join();
      if (sameConditions && LOCALE_CODES.every((code) => locales.includes(code))) continue;
      await permissions.update({
        where: { id: current.id },
        data: { properties: { ...current.properties, locales: [...new Set([...locales, ...LOCALE_CODES])] }, conditions: keptConditions },
      });
    }
  }
  if (missing.length) await strapi.service('admin::permission').createMany(missing);
}
