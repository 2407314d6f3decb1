import { m } from '$lib/paraglide/messages';

/**
 * The error keys of the forms' schemas and of the CMS (contract) in the page's language. Written
 * out rather than looked up by name, so a page's bundle carries only these messages; a key the
 * site does not know yet (a CMS newer than the site) still reads as a sentence.
 */
const MESSAGES: Record<string, () => string> = {
  required: m.form_error_required,
  'too-long': m.form_error_too_long,
  'too-short': m.form_error_too_short,
  invalid: m.form_error_invalid,
  'date-order': m.form_error_date_order,
  'email-invalid': m.form_error_email_invalid,
  'password-weak': m.form_error_password_weak,
  'password-mismatch': m.form_error_password_mismatch,
  'name-missing': m.form_error_name_missing,
  'name-too-long': m.form_error_name_too_long,
  'category-invalid': m.form_error_category_invalid,
  'locale-invalid': m.form_error_invalid,
  'token-invalid': m.form_error_token_invalid,
  credentials: m.form_error_credentials,
  'not-confirmed': m.form_error_not_confirmed,
  blocked: m.form_error_blocked,
  'too-many': m.form_error_too_many,
  'deadline-passed': m.form_error_deadline_passed,
  'not-open-yet': m.form_error_not_open_yet,
  'call-closed': m.form_error_call_closed,
  'not-verified': m.form_error_not_verified,
  'verified-locked': m.form_error_verified_locked,
  'already-submitted': m.form_error_already_submitted,
  'not-editable': m.form_error_not_editable,
  incomplete: m.form_error_incomplete,
  'file-type': m.form_error_file_type,
  'file-too-large': m.form_error_file_too_large,
  'too-many-files': m.form_error_too_many_files,
  'file-missing': m.form_error_file_missing,
  'document-unknown': m.form_error_document_unknown,
  'not-found': m.form_error_not_found,
  unavailable: m.form_error_unavailable,
  offline: m.form_error_offline,
};

export const errorText = (key: string): string => (MESSAGES[key] ?? m.form_error_unknown)();

export const KNOWN_ERROR_KEYS = Object.keys(MESSAGES);
