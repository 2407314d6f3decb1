import { z } from 'zod';
import { ASSOCIATION_CATEGORIES } from '$lib/associations/vocabulary';
import { choices, email, newPassword, oneOf, optionalEmail, phone, text } from './rules';

/**
 * The account forms: sign in, register, forgot and reset a password, the association's profile.
 * Field names are the forms' and, where they have one, the CMS's (contract, `api::account`).
 */
export const NAME_MAX = 120;

export const signInForm = z.object({ email, password: z.string().min(1, { message: 'required' }) });
export const SIGN_IN_FIELDS = ['email', 'password'] as const;

const twice = <T extends { password: string; confirmPassword: string }>(form: T, ctx: z.RefinementCtx) => {
  if (form.password && form.password !== form.confirmPassword)
    ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'password-mismatch' });
};

export const registerForm = z
  .object({
    email,
    password: newPassword,
    confirmPassword: z.string(),
    name: z.string().trim().min(1, { message: 'name-missing' }).max(NAME_MAX, { message: 'name-too-long' }),
    category: oneOf(ASSOCIATION_CATEGORIES, 'category-invalid'),
  })
  .superRefine(twice);
export const REGISTER_FIELDS = ['email', 'password', 'confirmPassword', 'name', 'category'] as const;

export const forgotForm = z.object({ email });
export const FORGOT_FIELDS = ['email'] as const;

export const resetForm = z
  .object({
    token: z.string().trim().min(1, { message: 'token-invalid' }).max(500, { message: 'token-invalid' }),
    password: newPassword,
    confirmPassword: z.string(),
  })
  .superRefine(twice);
export const RESET_FIELDS = ['token', 'password', 'confirmPassword'] as const;

/** The association's profile; `neighbourhoods` is checked against the CMS's list by the page. */
export const profileForm = (neighbourhoods: readonly string[]) =>
  z.object({
    name: z.string().trim().min(1, { message: 'name-missing' }).max(NAME_MAX, { message: 'name-too-long' }),
    category: oneOf(ASSOCIATION_CATEGORIES, 'category-invalid'),
    description: text({ max: 2000 }),
    contactEmail: optionalEmail,
    contactPhone: phone,
    legalIdentifier: text({ max: 60 }),
    neighbourhoodsServed: choices(neighbourhoods),
  });
export const PROFILE_FIELDS = [
  'name',
  'category',
  'description',
  'contactEmail',
  'contactPhone',
  'legalIdentifier',
  'neighbourhoodsServed',
] as const;
export const PROFILE_LISTS = ['neighbourhoodsServed'] as const;
