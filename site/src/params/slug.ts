import type { ParamMatcher } from '@sveltejs/kit';

/**
 * The shape of every record's slug in the site's addresses (the CMS's uid fields). Anything else
 * is not a page here: a 404, before the CMS is asked.
 */
export const match = ((param: string) => param.length <= 200 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(param)) satisfies ParamMatcher;
