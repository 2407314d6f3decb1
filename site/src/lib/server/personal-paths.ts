/**
 * Pages that show or take one person's data (issue 8): the account pages and an application's
 * pages. The calls-for-interest work brings its own `isPersonalPath` (lib/server/personal.ts);
 * once it is on main this file re-exports it. Either way the caching rule (http-cache.ts) treats
 * any route it does not list as public as personal, so a page missing here is still safe.
 */
const PERSONAL = /^\/[^/]+\/(account|calls\/[^/]+\/apply)(\/|$)/;

export const isPersonalPath = (pathname: string) => PERSONAL.test(pathname);
