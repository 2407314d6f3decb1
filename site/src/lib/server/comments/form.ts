import { z } from 'zod';
import type { CommentError, CommentErrorKey, CommentField, CommentValues } from '$lib/plans/comment-form';

/**
 * The comment form of a plan's page, read with zod before anything is sent to the CMS (which
 * checks again: cms/src/api/comment/submit.ts). Limits are the CMS's.
 */
export const TEXT_MAX = 2000;
export const TEXT_MIN = 3;
export const NAME_MAX = 80;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type { CommentError, CommentErrorKey, CommentField, CommentValues };

const length = (s: string) => [...s].length;

const schema = z.object({
  text: z
    .string()
    .transform((s) => s.replace(/\r\n?/g, '\n').trim())
    .superRefine((s, ctx) => {
      if (!s) ctx.addIssue({ code: 'custom', message: 'text_missing' });
      else if (length(s) < TEXT_MIN) ctx.addIssue({ code: 'custom', message: 'text_too_short' });
      else if (length(s) > TEXT_MAX) ctx.addIssue({ code: 'custom', message: 'text_too_long' });
    }),
  name: z
    .string()
    .transform((s) => s.trim().replace(/\s+/g, ' '))
    .refine((s) => length(s) <= NAME_MAX, { message: 'name_too_long' }),
  about: z.string().refine((s) => s === 'plan' || (SLUG.test(s) && s.length <= 200), { message: 'about' }),
});

/** The form's values as typed (to show them again) and, when they are valid, what to send. */
export function readCommentForm(form: FormData): { values: CommentValues; errors: CommentError[] } {
  const field = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : '';
  };
  const values = { text: field('text'), name: field('name'), about: field('about') || 'plan' };
  const parsed = schema.safeParse(values);
  if (parsed.success) return { values: parsed.data, errors: [] };
  const errors = parsed.error.issues.map((i) => ({ field: i.path[0] as CommentField, key: i.message as CommentErrorKey }));
  return { values, errors };
}
