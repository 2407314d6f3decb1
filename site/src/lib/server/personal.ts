/**
 * Pages that show or take one person's data: the account pages and an application's pages. They
 * are never stored by any cache (private, no-store), never indexed, and left out of the sitemap.
 * The server hook sets this by path, so that error and redirect answers carry it too, and the
 * public caching of other pages must leave every path this matches alone.
 */
const PERSONAL = /^\/[^/]+\/(account|calls\/[^/]+\/apply)(\/|$)/;

export const isPersonalPath = (pathname: string) => PERSONAL.test(pathname);
