import { error } from '@sveltejs/kit';
import { currentApplication } from '$lib/server/applications/current';
import { openAttachment } from '$lib/server/cms/applications';
import { contentDisposition } from '$lib/server/content-disposition';
import { asPerson } from '$lib/server/session/guard';
import type { RequestHandler } from './$types';

// What the CMS accepts (it checks a file's content, not its name); anything else is sent as bytes.
const TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);

/**
 * A document the association attached to its application, downloaded back, before or after
 * submitting. The address names the call and the attachment, never the application: only the
 * signed-in association's own application to that call is looked in, and the CMS checks again.
 */
export const GET: RequestHandler = async (event) => {
  const application = await currentApplication(event);
  const file = application?.attachments.find((a) => a.id === event.params.attachment);
  if (!application || !file) error(404, 'not-found');
  const res = await asPerson(event, (jwt) => openAttachment(jwt, application.id, file.id, event.fetch));
  const length = res.headers.get('content-length');
  return new Response(res.body, {
    headers: {
      'content-type': TYPES.has(file.mime) ? file.mime : 'application/octet-stream',
      'content-disposition': contentDisposition(file.name),
      ...(length ? { 'content-length': length } : {}),
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
};
