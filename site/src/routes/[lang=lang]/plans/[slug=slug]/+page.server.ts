import { fail } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n';
import { CmsError, forPage } from '$lib/server/cms/client';
import { listComments, submitComment, type SubmitProblem } from '$lib/server/cms/comments';
import { localesOf } from '$lib/server/cms/documents';
import { getPlan } from '$lib/server/cms/plans';
import { readCommentForm, type CommentError, type CommentErrorKey } from '$lib/server/comments/form';
import { limits } from '$lib/server/rate-limit';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ params, fetch }) => {
  const locale = params.lang as Locale;
  const [plan, availableIn] = await forPage(Promise.all([getPlan(params.slug, locale, fetch), localesOf('plans', params.slug, fetch)]));
  const comments = await forPage(
    listComments([{ type: 'plan', slug: plan.slug }, ...plan.actions.map((a) => ({ type: 'action' as const, slug: a.slug }))], fetch),
  );
  return { plan, comments, availableIn };
}) satisfies PageServerLoad;

/** The CMS's reasons, as the form's messages. */
const FROM_CMS: Record<SubmitProblem, CommentError> = {
  'text-missing': { field: 'text', key: 'text_missing' },
  'text-too-short': { field: 'text', key: 'text_too_short' },
  'text-too-long': { field: 'text', key: 'text_too_long' },
  'name-too-long': { field: 'name', key: 'name_too_long' },
  language: { field: 'text', key: 'unavailable' },
  target: { field: 'about', key: 'about' },
  'target-not-found': { field: 'about', key: 'about' },
  'too-many': { field: 'text', key: 'too_many' },
};

export const actions = {
  /**
   * A resident's comment or suggestion: checked here, then sent to the CMS, which stores it as a
   * draft until staff or the body publish it. On any refusal the form comes back with what was
   * typed and the reasons (GOV.UK error summary); nothing is stored. On success the page says it
   * is waiting for moderation and shows the text as written.
   */
  comment: async ({ request, params, fetch, getClientAddress }) => {
    const { values, errors } = readCommentForm(await request.formData());
    const refuse = (status: number, list: CommentError[]) => fail(status, { values, errors: list });
    if (errors.length) return refuse(400, errors);
    if (!limits.comment.allow(getClientAddress())) return refuse(429, [{ field: 'text', key: 'rate' satisfies CommentErrorKey }]);
    const target =
      values.about === 'plan'
        ? { targetType: 'plan' as const, targetSlug: params.slug }
        : { targetType: 'action' as const, targetSlug: values.about };
    try {
      const result = await submitComment({ text: values.text, displayName: values.name, language: params.lang, ...target }, fetch);
      if (!result.ok) return refuse(result.problem === 'too-many' ? 429 : 400, [FROM_CMS[result.problem]]);
    } catch (e) {
      if (e instanceof CmsError) return refuse(503, [{ field: 'text', key: 'unavailable' }]);
      throw e;
    }
    return { pending: { text: values.text, name: values.name, about: values.about } };
  },
} satisfies Actions;
