import type { Core } from '@strapi/strapi';
import { ensureRoleGrants, explorer } from './role-grants';

/**
 * Strapi's Author role on the hub's types: authors read everything, so that they can pick an
 * existing venue or association (Strapi's default lets them read only what they created); they
 * create, and change or delete only what they created; an editor publishes. Publishing is taken
 * away on every start if someone granted it in the admin panel.
 */
export function ensureAuthorWritesDrafts(strapi: Core.Strapi) {
  return ensureRoleGrants(
    strapi,
    'strapi-author',
    [
      { action: explorer('read'), conditions: [] },
      { action: explorer('create'), conditions: [] },
      { action: explorer('update'), conditions: ['admin::is-creator'] },
      { action: explorer('delete'), conditions: ['admin::is-creator'] },
    ],
    [explorer('publish')],
  );
}
