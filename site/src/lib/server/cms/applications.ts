import type { ApplicationSummary, ApplicationView } from '$lib/calls/view-models';
import type { Locale } from '$lib/i18n';
import { CmsRefusal, cmsCall } from './as-user';
import { CmsError, cmsFetch } from './client';
import { accepted, myApplications, oneApplication, started, type application } from './call-schemas';
import type { z } from 'zod';

/**
 * An association's applications (issue 8 contract). Every call carries the person's JWT: the
 * CMS answers 404 for anything that is not their association's, and the site never asks for
 * anything else. Identifiers are the CMS's random documentIds.
 */
const id = (documentId: string) => encodeURIComponent(documentId);

const toView = (a: z.infer<typeof application>): ApplicationView => ({
  id: a.documentId,
  status: a.status,
  receipt: a.receipt,
  submittedAt: a.submittedAt,
  updatedAt: a.updatedAt,
  editable: a.editable,
  call: a.call,
  proposal: a.proposal,
  reach: a.reach,
  accessibility: a.accessibility,
  attachments: a.attachments,
  steps: a.steps,
  decision: a.decision,
});

export async function myApplicationList(jwt: string, locale: Locale, fetchFn?: typeof fetch): Promise<ApplicationSummary[]> {
  const res = await cmsCall(`/applications/mine?locale=${locale}`, myApplications, { bearer: jwt, fetchFn });
  return res.data.flatMap(({ documentId, call, ...a }) => (call ? [{ id: documentId, call, ...a }] : []));
}

/** The association's application to a call: the existing one whatever its status, or a new draft. */
export async function startApplication(jwt: string, callSlug: string, fetchFn?: typeof fetch): Promise<string> {
  return (await cmsCall('/applications/start', started, { method: 'POST', bearer: jwt, json: { call: callSlug }, fetchFn })).documentId;
}

export const getApplication = async (jwt: string, documentId: string, locale: Locale, fetchFn?: typeof fetch) =>
  toView(await cmsCall(`/applications/${id(documentId)}?locale=${locale}`, oneApplication, { bearer: jwt, fetchFn }));

export type ApplicationChanges = Partial<{
  proposal: Partial<ApplicationView['proposal']>;
  reach: Partial<ApplicationView['reach']>;
  accessibility: Partial<ApplicationView['accessibility']>;
}>;

export const saveApplication = async (jwt: string, documentId: string, changes: ApplicationChanges, fetchFn?: typeof fetch) =>
  toView(await cmsCall(`/applications/${id(documentId)}`, oneApplication, { method: 'PUT', bearer: jwt, json: changes, fetchFn }));

/** Forwards one file to the CMS, which checks its type by its content and stores it, or nothing. */
export async function attach(jwt: string, documentId: string, document: string, file: File, fetchFn?: typeof fetch) {
  const form = new FormData();
  form.set('document', document);
  form.set('file', file, file.name);
  return toView(
    await cmsCall(`/applications/${id(documentId)}/attachments`, oneApplication, { method: 'POST', bearer: jwt, form, fetchFn }),
  );
}

export const detach = async (jwt: string, documentId: string, attachmentId: string, fetchFn?: typeof fetch) =>
  toView(
    await cmsCall(`/applications/${id(documentId)}/attachments/${encodeURIComponent(attachmentId)}`, oneApplication, {
      method: 'DELETE',
      bearer: jwt,
      fetchFn,
    }),
  );

export const submitApplication = async (jwt: string, documentId: string, fetchFn?: typeof fetch) =>
  toView(await cmsCall(`/applications/${id(documentId)}/submit`, oneApplication, { method: 'POST', bearer: jwt, fetchFn }));

export const withdrawApplication = (jwt: string, documentId: string, fetchFn?: typeof fetch) =>
  cmsCall(`/applications/${id(documentId)}/withdraw`, accepted, { method: 'POST', bearer: jwt, fetchFn }).then(() => undefined);

/**
 * One of the application's documents, as the CMS streams it from its private storage (the CMS
 * answers only the owning association). The stream is the caller's to send on; a refusal or a
 * failure throws as the other calls do.
 */
export async function openAttachment(jwt: string, documentId: string, attachmentId: string, fetchFn?: typeof fetch): Promise<Response> {
  const path = `/api/applications/${id(documentId)}/attachments/${encodeURIComponent(attachmentId)}`;
  const res = await cmsFetch(path, { bearer: jwt, fetchFn, timeout: 'headers' });
  if (res.ok && res.body) return res;
  // Not sent on: the connection is let go now rather than when the answer is collected.
  await res.body?.cancel().catch(() => undefined);
  if (res.status === 401) throw new CmsRefusal(401, 'unauthorized', {});
  if (res.status === 403 || res.status === 404) throw new CmsRefusal(404, 'not-found', {});
  throw new CmsError(res.status >= 500 ? 'unavailable' : 'bad-answer', `CMS answered ${res.status} for ${path}`);
}
