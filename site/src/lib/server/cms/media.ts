/**
 * Uploads live in the CMS, but the browser never talks to the CMS: the site serves them under
 * /media (see routes/media/[...path]), so one origin, one CSP and one cache policy apply.
 */
export function mediaUrl(url: string): string {
  const path = url.replace(/^https?:\/\/[^/]+/, '');
  return path.startsWith('/uploads/') ? `/media${path}` : '';
}
