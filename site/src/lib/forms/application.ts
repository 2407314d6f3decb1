import { z } from 'zod';
import { ACCESS_OFFERS, AUDIENCES } from '$lib/events/vocabulary';
import { choices, oneOf, optionalDate, phone, text } from './rules';

/**
 * The steps of an application that the association writes (contract: proposal, reach,
 * accessibility). Each step is checked whole when it is saved: saving is what "Save and
 * continue" does, and an unfinished step is simply not saved yet. Limits are generous; the CMS
 * checks lengths again (400 with details.fields).
 */
export const PARTNERSHIP_KINDS = ['roaming-programme', 'co-organisation', 'venue-hosting', 'in-kind-support'] as const;

/** The first step: who the commune calls about this application (the CMS's "about" step). */
export const contactForm = z.object({
  contactName: text({ max: 120, required: true }),
  contactRole: text({ max: 120 }),
  contactPhone: phone.refine((s) => s !== '', { message: 'required' }),
});
export const CONTACT_FIELDS = ['contactName', 'contactRole', 'contactPhone'] as const;

export const proposalForm = z
  .object({
    title: text({ max: 200, required: true }),
    summary: text({ max: 600, min: 20, required: true }),
    activities: text({ max: 4000, min: 20, required: true }),
    kind: oneOf(PARTNERSHIP_KINDS, 'required'),
    startsOn: optionalDate,
    endsOn: optionalDate,
    budget: text({ max: 1000 }),
  })
  .superRefine((p, ctx) => {
    if (p.startsOn && p.endsOn && p.endsOn < p.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'date-order' });
  });
export const PROPOSAL_FIELDS = [
  'contactName',
  'contactRole',
  'contactPhone',
  'title',
  'summary',
  'activities',
  'kind',
  'startsOn',
  'endsOn',
  'budget',
] as const;

export const reachForm = (neighbourhoods: readonly string[]) =>
  z.object({
    neighbourhoods: choices(neighbourhoods, { required: true }),
    audiences: choices(Object.keys(AUDIENCES), { required: true }),
    participants: z
      .string()
      .trim()
      .refine((s) => s !== '', { message: 'required' })
      .refine((s) => s === '' || (/^\d{1,6}$/.test(s) && Number(s) > 0 && Number(s) <= 100_000), { message: 'invalid' })
      .transform((s) => Number(s)),
    outreach: text({ max: 2000 }),
  });
export const REACH_FIELDS = ['neighbourhoods', 'audiences', 'participants', 'outreach'] as const;
export const REACH_LISTS = ['neighbourhoods', 'audiences'] as const;

export const accessibilityForm = z.object({
  offers: choices(Object.keys(ACCESS_OFFERS)),
  plan: text({ max: 3000, min: 20, required: true }),
});
export const ACCESSIBILITY_FIELDS = ['offers', 'plan'] as const;
export const ACCESSIBILITY_LISTS = ['offers'] as const;

/** The largest file the site forwards, as the CMS's limit (contract: 10 MB). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
