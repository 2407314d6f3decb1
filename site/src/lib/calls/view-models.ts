import type { AssociationCategory } from '$lib/associations/vocabulary';

/**
 * What the calls, account and application pages render, made by the adapters of
 * $lib/server/cms/ from the CMS's answers (issue 8 contract). Dates are ISO 8601 instants.
 */
export type CallPhase = 'upcoming' | 'open' | 'closed';
export type CallState = 'scheduled' | 'cancelled' | 'decided';

export interface CallSummary {
  slug: string;
  reference: string;
  title: string;
  summary: string;
  opensAt: string;
  deadline: string;
  state: CallState;
  phase: CallPhase;
}

export interface Criterion {
  key: string;
  label: string;
  description: string;
  weight: number;
}

export interface RequiredDocument {
  key: string;
  label: string;
  hint: string;
  required: boolean;
}

export interface CallView extends CallSummary {
  /** Paragraphs, as the CMS separates them with blank lines. */
  description: string[];
  /** One condition a line. */
  eligibility: string[];
  criteria: Criterion[];
  documents: RequiredDocument[];
  help: string[];
  budget: string[];
  /** Of the partnerships the call leads to, YYYY-MM-DD. */
  period: { startsOn: string; endsOn: string } | null;
}

export type ApplicationStatus = 'draft' | 'submitted' | 'under-review' | 'needs-information' | 'accepted' | 'rejected' | 'withdrawn';

export interface Decision {
  outcome: 'accepted' | 'rejected';
  reason: string;
  decidedAt: string | null;
}

export interface ApplicationSummary {
  id: string;
  call: { slug: string; reference: string; title: string; deadline: string; phase: CallPhase };
  status: ApplicationStatus;
  receipt: string | null;
  submittedAt: string | null;
  updatedAt: string;
  decision: Decision | null;
}

/** The steps of the task list, in order; `check` (check and submit) is the last and is never "done". */
export const APPLICATION_STEPS = ['about', 'proposal', 'reach', 'accessibility', 'documents'] as const;
export type ApplicationStep = (typeof APPLICATION_STEPS)[number];

export interface Attachment {
  id: string;
  document: string;
  name: string;
  mime: string;
  size: number;
}

export interface Proposal {
  contactName: string;
  contactRole: string;
  contactPhone: string;
  title: string;
  summary: string;
  activities: string;
  kind: string;
  startsOn: string;
  endsOn: string;
  budget: string;
}

export interface Reach {
  neighbourhoods: string[];
  audiences: string[];
  participants: number | null;
  outreach: string;
}

export interface AccessibilityPlan {
  offers: string[];
  plan: string;
}

export interface ApplicationView {
  id: string;
  status: ApplicationStatus;
  receipt: string | null;
  submittedAt: string | null;
  updatedAt: string;
  editable: boolean;
  call: {
    slug: string;
    reference: string;
    title: string;
    deadline: string;
    phase: CallPhase;
    documents: RequiredDocument[];
    criteria: Criterion[];
  };
  proposal: Proposal;
  reach: Reach;
  accessibility: AccessibilityPlan;
  attachments: Attachment[];
  steps: Record<ApplicationStep, 'todo' | 'done'>;
  decision: Decision | null;
}

export interface AssociationProfile {
  documentId: string;
  slug: string;
  name: string;
  category: AssociationCategory;
  description: string;
  contactEmail: string;
  contactPhone: string;
  legalIdentifier: string;
  neighbourhoodsServed: string[];
  verified: boolean;
}

export interface Account {
  email: string;
  association: AssociationProfile;
}
