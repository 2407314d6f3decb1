import type { Locale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import type { PlanPage } from '$lib/plans/view-models';

const escapeXml = (s: string) =>
  // eslint-disable-next-line no-control-regex -- XML 1.0 refuses these characters: they are dropped
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
const instant = (date: string) => (date.length === 10 ? `${date}T00:00:00Z` : new Date(date).toISOString());

interface Entry {
  id: string;
  title: string;
  updated: string;
  summary: string;
  link: string;
}

/**
 * A plan's changes as an Atom feed (RFC 4287), newest first: each version adopted or replaced,
 * each milestone reached, and the current version. A resident's feed reader then says when the
 * plan moves, without an account.
 */
export function planFeed(plan: PlanPage, origin: string, locale: Locale): string {
  const page = `${origin}/${locale}/plans/${plan.slug}`;
  const entries: Entry[] = [
    {
      id: `${page}#version-${plan.version}`,
      title: m.feed_version({ version: String(plan.version), title: plan.title }),
      updated: plan.updatedAt,
      summary: [plan.summary, plan.changes].filter(Boolean).join('\n\n'),
      link: page,
    },
    ...plan.history.map((v) => ({
      id: `${page}#version-${v.version}`,
      title: m.feed_version({ version: String(v.version), title: v.title }),
      updated: instant(v.replacedOn ?? v.adoptedOn ?? plan.updatedAt),
      summary: [v.summary, v.changes].filter(Boolean).join('\n\n'),
      link: page,
    })),
    ...plan.actions.flatMap((a) =>
      a.milestones
        .filter((ms) => ms.reachedOn)
        .map((ms, i) => ({
          id: `${page}#action-${a.slug}-milestone-${i}`,
          title: m.feed_milestone({ milestone: ms.title, action: a.title }),
          updated: instant(ms.reachedOn!),
          summary: ms.evidence,
          link: `${page}#action-${a.slug}`,
        })),
    ),
  ].sort((a, b) => b.updated.localeCompare(a.updated));
  const updated =
    entries
      .map((e) => e.updated)
      .sort()
      .at(-1) ?? plan.updatedAt;
  const body = entries
    .map(
      (e) =>
        `  <entry>\n    <id>${escapeXml(e.id)}</id>\n    <title>${escapeXml(e.title)}</title>\n    <updated>${instant(e.updated)}</updated>\n    <link href="${escapeXml(e.link)}"/>\n    <summary>${escapeXml(e.summary)}</summary>\n  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">\n  <id>${escapeXml(page)}</id>\n  <title>${escapeXml(plan.title)}</title>\n  <updated>${instant(updated)}</updated>\n  <author><name>${escapeXml(plan.body?.name ?? m.site_name())}</name></author>\n  <link rel="self" href="${escapeXml(`${page}/changes.atom`)}"/>\n  <link rel="alternate" href="${escapeXml(page)}"/>\n${body}\n</feed>\n`;
}
