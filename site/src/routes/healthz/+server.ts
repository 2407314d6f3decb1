import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** Liveness of the site's process. It does not call the CMS: a CMS outage must not restart the site. */
export const GET: RequestHandler = () => json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
