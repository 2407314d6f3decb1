import type { CommentView } from '$lib/plans/view-models';
import type { CommentTarget } from '$lib/plans/vocabulary';
import { CmsError, cmsFetch, cmsGet } from './client';
import { comment, listOf } from './schemas';

/** The published comments about a plan and its actions, oldest first. Pending ones never reach the site. */
export async function listComments(targets: { type: CommentTarget; slug: string }[], fetchFn?: typeof fetch): Promise<CommentView[]> {
  if (!targets.length) return [];
  const res = await cmsGet(
    '/comments',
    {
      filters: { $or: targets.map((t) => ({ targetType: { $eq: t.type }, targetSlug: { $eq: t.slug } })) },
      sort: 'publishedAt:asc',
      pagination: { pageSize: 100 },
    },
    listOf(comment),
    fetchFn,
  );
  return res.data.map((c) => ({
    id: c.documentId,
    text: c.text,
    name: c.displayName,
    language: c.language,
    about: { type: c.targetType, slug: c.targetSlug },
    reply: c.reply,
    publishedAt: c.publishedAt,
  }));
}

export type SubmitProblem =
  'text-missing' | 'text-too-short' | 'text-too-long' | 'name-too-long' | 'language' | 'target' | 'target-not-found' | 'too-many';

export type SubmitResult = { ok: true } | { ok: false; problem: SubmitProblem; field: string | null };

/**
 * Posts a resident's comment to the CMS's own route (cms/src/api/comment/submit.ts), which checks
 * it again and stores it as a draft waiting for moderation. A refusal comes back with its reason;
 * an unreachable CMS is a CmsError, so the page says so and the resident keeps their text.
 */
export async function submitComment(
  input: { text: string; displayName: string; language: string; targetType: CommentTarget; targetSlug: string },
  fetchFn?: typeof fetch,
): Promise<SubmitResult> {
  const res = await cmsFetch('/api/comments/submit', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ data: input }),
    fetchFn,
  });
  if (res.status === 202) return { ok: true };
  const body = (await res.json().catch(() => null)) as { error?: { message?: string; details?: { field?: string } } } | null;
  const problem = body?.error?.message as SubmitProblem | undefined;
  if ([400, 404, 429].includes(res.status) && problem) return { ok: false, problem, field: body?.error?.details?.field ?? null };
  throw new CmsError(res.status >= 500 ? 'unavailable' : 'bad-answer', `CMS answered ${res.status} to a comment`);
}
