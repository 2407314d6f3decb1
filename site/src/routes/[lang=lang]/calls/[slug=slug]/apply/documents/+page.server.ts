import { redirect } from '@sveltejs/kit';
import { MAX_FILE_BYTES } from '$lib/forms/application';
import { applyPath, editableApplication } from '$lib/server/applications/current';
import { attach, detach } from '$lib/server/cms/applications';
import { refuse } from '$lib/server/forms/answer';
import { tryCms } from '$lib/server/forms/refusals';
import { requireSession } from '$lib/server/session/guard';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => ({
  application: await editableApplication(event),
  uploaded: event.url.searchParams.get('uploaded'),
  removed: event.url.searchParams.has('removed'),
})) satisfies PageServerLoad;

/**
 * Reads the posted form. A body over the server's limit (BODY_SIZE_LIMIT, set above 10 MB where
 * the site is started) fails while it is read: that is a file too large, said as such.
 */
async function formOf(request: Request): Promise<FormData | null> {
  try {
    return await request.formData();
  } catch {
    return null;
  }
}

export const actions = {
  /**
   * One file for one of the call's documents, checked for its size here and forwarded to the
   * CMS, which checks its type by its content and keeps it, or nothing.
   */
  upload: async (event) => {
    const jwt = requireSession(event);
    const application = await editableApplication(event);
    const form = await formOf(event.request);
    if (!form) return refuse(413, {}, [{ field: 'file', key: 'file-too-large' }]);
    const document = String(form.get('document') ?? '');
    const file = form.get('file');
    const values = { document };
    if (!application.call.documents.some((d) => d.key === document))
      return refuse(400, values, [{ field: 'document', key: 'document-unknown' }]);
    if (!(file instanceof File) || file.size === 0) return refuse(400, values, [{ field: 'file', key: 'file-missing' }]);
    if (file.size > MAX_FILE_BYTES) return refuse(413, values, [{ field: 'file', key: 'file-too-large' }]);
    const answer = await tryCms(() => attach(jwt, application.id, document, file, event.fetch), {}, 'file');
    if (!answer.ok) return refuse(answer.status, values, answer.errors);
    redirect(303, `${applyPath(event.params, 'documents')}?uploaded=${encodeURIComponent(document)}`);
  },

  remove: async (event) => {
    const jwt = requireSession(event);
    const application = await editableApplication(event);
    const id = String((await event.request.formData()).get('attachment') ?? '');
    if (!application.attachments.some((a) => a.id === id)) redirect(303, applyPath(event.params, 'documents'));
    const answer = await tryCms(() => detach(jwt, application.id, id, event.fetch), {}, 'file');
    if (!answer.ok) return refuse(answer.status, {}, answer.errors);
    redirect(303, `${applyPath(event.params, 'documents')}?removed=1`);
  },
} satisfies Actions;
