import { errors } from '@strapi/utils';

/**
 * An access token stays valid until it expires, even after its session is revoked (a sign-out, a
 * password reset): users-permissions checks only its signature. Every route of an association's
 * account also checks that the session behind the token is still open, so a reset locks out a
 * stolen token at once rather than half an hour later. A closed session is a 401, as an expired
 * token is, so the site signs the person out in both cases.
 */
export default async (policyContext: any, _config: unknown, { strapi }: { strapi: any }) => {
  const user = policyContext.state?.user;
  const sessionId = policyContext.state?.session?.id;
  if (!user) return false;
  if (!sessionId || !(await strapi.sessionManager('users-permissions').isSessionActive(sessionId))) {
    throw new errors.UnauthorizedError('unauthorized');
  }
  return true;
};
