import type { z } from 'zod';

/**
 * The hub's forms, read the same way on the server (form actions) and in the browser (where
 * JavaScript runs, before posting): a zod schema whose messages are keys, never prose, so one
 * schema serves both sides and every locale. errors.ts turns a key into the page's language.
 */
export type FormValues = Record<string, string | string[]>;

export interface FieldError {
  /** The form field it is about, whose id is `${form}-${field}`; the form as a whole when absent. */
  field?: string;
  key: string;
  /** For `too-many`: when to try again, in seconds. */
  retryAfter?: number;
}

export interface FormState {
  values: FormValues;
  errors: FieldError[];
}

/** A form's fields, as typed: text fields as strings, multiple choices (checkboxes) as lists. */
export function valuesOf(form: FormData, fields: readonly string[], lists: readonly string[] = []): FormValues {
  const values: FormValues = {};
  for (const name of fields) {
    if (lists.includes(name)) values[name] = form.getAll(name).filter((v): v is string => typeof v === 'string');
    else {
      const v = form.get(name);
      values[name] = typeof v === 'string' ? v : '';
    }
  }
  return values;
}

/** Checks values against a schema: the data to send when valid, else one error per field (its first problem). */
export function check<S extends z.ZodType>(
  schema: S,
  values: FormValues,
): { ok: true; data: z.infer<S>; errors: [] } | { ok: false; errors: FieldError[] } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data, errors: [] };
  const errors: FieldError[] = [];
  for (const issue of parsed.error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : undefined;
    if (!errors.some((e) => e.field === field)) errors.push({ field, key: issue.message });
  }
  return { ok: false, errors };
}

/** Reads a posted form: what was typed (to show it again) and the check's verdict. */
export function readForm<S extends z.ZodType>(schema: S, form: FormData, fields: readonly string[], lists: readonly string[] = []) {
  const values = valuesOf(form, fields, lists);
  return { values, ...check(schema, values) };
}
