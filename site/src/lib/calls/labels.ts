import { m } from '$lib/paraglide/messages';
import type { ApplicationStatus, ApplicationStep } from './view-models';

/** Visible names of an application's statuses and steps. */
export const statusLabel: Record<ApplicationStatus, () => string> = {
  draft: m.application_status_draft,
  submitted: m.application_status_submitted,
  'under-review': m.application_status_under_review,
  'needs-information': m.application_status_needs_information,
  accepted: m.application_status_accepted,
  rejected: m.application_status_rejected,
  withdrawn: m.application_status_withdrawn,
};

export const stepLabel: Record<ApplicationStep | 'check', () => string> = {
  about: m.step_about,
  proposal: m.step_proposal,
  reach: m.step_reach,
  accessibility: m.step_accessibility,
  documents: m.step_documents,
  check: m.step_check,
};
