import { z } from 'zod';
import { ASSOCIATION_CATEGORIES } from '$lib/associations/vocabulary';
import { listOf, text } from './schemas';

/**
 * The CMS's answers about calls, applications and accounts, as the issue 8 contract describes
 * them (/work/issue8-contract.md, kept in cms/src/api/call-for-interest and application). The
 * contract test compares the stored fields with the CMS's schemas once they exist.
 */
const instant = z.iso.datetime({ offset: true });
const day = z.iso.date();
const phase = z.enum(['upcoming', 'open', 'closed']);

export const callSummary = z.object({
  documentId: z.string(),
  slug: z.string(),
  reference: z.string(),
  title: z.string(),
  summary: text,
  opensAt: instant,
  deadline: instant,
  state: z.enum(['scheduled', 'cancelled', 'decided']),
  phase,
});

export const criterion = z.object({ key: z.string(), label: z.string(), description: text, weight: z.number() });
export const requiredDocument = z.object({ key: z.string(), label: z.string(), hint: text, required: z.boolean() });

export const callDetail = callSummary.extend({
  description: text,
  eligibility: text,
  criteria: z.array(criterion),
  documents: z.array(requiredDocument),
  help: text,
  budget: text,
  // The contract's `period`, as the CMS stores it: two dates of the call itself.
  startsOn: day.nullable().optional(),
  endsOn: day.nullable().optional(),
});

export const callList = listOf(callSummary);
export const oneCall = z.object({ data: callDetail });

const decision = z.object({ outcome: z.enum(['accepted', 'rejected']), reason: text, decidedAt: instant.nullable() }).nullable();
const status = z.enum(['draft', 'submitted', 'under-review', 'needs-information', 'accepted', 'rejected', 'withdrawn']);
const callRef = z.object({ slug: z.string(), reference: z.string(), title: z.string(), deadline: instant, phase });

export const applicationSummary = z.object({
  documentId: z.string(),
  // Null when the call has been unpublished since: the application is then left out of the list.
  call: callRef.nullable(),
  status,
  receipt: z.string().nullable(),
  submittedAt: instant.nullable(),
  updatedAt: instant,
  decision,
});
export const myApplications = z.object({ data: z.array(applicationSummary) });

const step = z.enum(['todo', 'done']);
/** A part of a new draft may be null or absent: read as the part with every field empty. */
const orEmpty = <T extends z.ZodType>(part: T) =>
  part
    .nullable()
    .optional()
    .transform((v): z.infer<T> => v ?? part.parse({}));
const slugs = z
  .array(z.string())
  .nullable()
  .optional()
  .transform((v) => v ?? []);

export const application = z.object({
  documentId: z.string(),
  status,
  receipt: z.string().nullable(),
  submittedAt: instant.nullable(),
  updatedAt: instant,
  editable: z.boolean(),
  call: callRef.extend({ documents: z.array(requiredDocument), criteria: z.array(criterion) }),
  proposal: orEmpty(
    z.object({
      contactName: text,
      contactRole: text,
      contactPhone: text,
      title: text,
      summary: text,
      activities: text,
      kind: text,
      startsOn: text,
      endsOn: text,
      budget: text,
    }),
  ),
  reach: orEmpty(
    z.object({
      neighbourhoods: slugs,
      audiences: slugs,
      participants: z
        .number()
        .nullable()
        .optional()
        .transform((n) => n ?? null),
      outreach: text,
    }),
  ),
  accessibility: orEmpty(z.object({ offers: slugs, plan: text })),
  attachments: z.array(
    z.object({
      id: z.union([z.string(), z.number()]).transform(String),
      document: z.string(),
      name: z.string(),
      mime: z.string(),
      size: z.number(),
    }),
  ),
  steps: z.object({ about: step, proposal: step, reach: step, accessibility: step, documents: step }),
  decision,
});

/**
 * The contract writes the application routes' answers bare; Strapi's custom controllers often
 * wrap them in `data`. Both are read, so neither side's habit breaks the other.
 */
export const bareOrData = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => {
    const wrapped = v !== null && typeof v === 'object' && Object.keys(v).every((k) => k === 'data' || k === 'meta') && 'data' in v;
    return wrapped ? (v as { data: unknown }).data : v;
  }, item) as unknown as z.ZodType<z.infer<T>>;

export const oneApplication = bareOrData(application);
export const started = bareOrData(z.object({ documentId: z.string() }));

// Accounts.

export const association = z.object({
  documentId: z.string(),
  slug: z.string(),
  name: z.string(),
  category: z.enum(ASSOCIATION_CATEGORIES),
  description: text,
  contactEmail: text,
  contactPhone: text,
  legalIdentifier: text,
  neighbourhoodsServed: slugs,
  correspondenceLanguage: z.string().optional(),
  verified: z.boolean(),
});
export const me = bareOrData(z.object({ email: z.string(), association }));
export const tokens = bareOrData(z.object({ jwt: z.string().min(1), refreshToken: z.string().min(1), expiresAt: instant }));
/** 200/202 answers whose body carries nothing the site needs. */
export const accepted = z.unknown();
