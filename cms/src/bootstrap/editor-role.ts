import type { Core } from '@strapi/strapi';
import { ensureRoleGrants, explorer } from './role-grants';

/**
 * Municipal editors create, change, publish and unpublish the hub's content, in every locale.
 * Strapi's default Editor role only gets create, read and update on content types that did not
 * exist when the role was made, and in no locale, so the rest is added here (never removed:
 * conditions and field restrictions set in the admin panel are kept).
 */
export function ensureEditorCanPublish(strapi: Core.Strapi) {
  return ensureRoleGrants(
    strapi,
    'strapi-editor',
    ['create', 'read', 'update', 'delete', 'publish'].map((a) => ({ action: explorer(a) })),
  );
}
