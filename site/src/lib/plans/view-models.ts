import type { ActionStatus, BodyTheme, PlanStatus } from './vocabulary';

/** What the pages of bodies, plans and progress render, built in $lib/server/cms from CMS records. */
export interface PlanCard {
  slug: string;
  title: string;
  version: number;
  status: PlanStatus;
  startsOn: string | null;
  endsOn: string | null;
  /** Derived from the actions ($lib/plans/progress.ts); null when there is no action yet. */
  progress: number | null;
  body: { slug: string; name: string } | null;
}

export interface BodyCard {
  slug: string;
  name: string;
  theme: BodyTheme;
  purpose: string;
  plans: PlanCard[];
}

export interface SessionView {
  slug: string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  place: string;
  capacityBuilding: boolean;
  agenda: string;
  minutes: string;
  minutesUrl: string | null;
  updatedAt: string;
}

export interface BodyPage extends BodyCard {
  createdOn: string | null;
  members: { name: string; role: string; represents: string; since: string | null }[];
  sessions: SessionView[];
}

export interface MilestoneView {
  title: string;
  dueOn: string | null;
  reachedOn: string | null;
  evidence: string;
  evidenceUrl: string | null;
}

export interface ActionView {
  slug: string;
  title: string;
  responsibleService: string;
  description: string;
  startsOn: string | null;
  endsOn: string | null;
  status: ActionStatus;
  weight: number;
  commitment: number | null;
  progress: number;
  milestones: MilestoneView[];
  events: { slug: string; title: string; startsAt: string }[];
  updatedAt: string;
}

export interface Point {
  on: string;
  value: number;
  source: string;
}

export interface IndicatorView {
  code: string;
  name: string;
  unit: string;
  commitment: number | null;
  computed: boolean;
  method: string;
  baseline: Point | null;
  target: Point | null;
  latest: Point | null;
  /** Totals over time, oldest first (for a computed indicator, its value today is the last). */
  series: Point[];
  /** The latest breakdowns, each with a heading, a date and a row per group. */
  breakdowns: { title: string; on: string; rows: { label: string; value: number }[] }[];
}

export interface PlanVersionView {
  version: number;
  status: PlanStatus;
  adoptedOn: string | null;
  replacedOn: string | null;
  title: string;
  summary: string;
  changes: string;
}

export interface PlanPage extends PlanCard {
  adoptedOn: string | null;
  summary: string;
  changes: string;
  updatedAt: string;
  documentUrl: string | null;
  history: PlanVersionView[];
  actions: ActionView[];
  indicators: IndicatorView[];
}

export interface CommentView {
  id: string;
  text: string;
  name: string | null;
  language: string;
  about: { type: 'plan' | 'action' | 'event'; slug: string };
  reply: string;
  publishedAt: string;
}
