import type { Page } from 'playwright-core';

/**
 * Visible focus at every Tab stop (WCAG 2.4.7): the focused element must draw an outline or a
 * box-shadow of nonzero width that it does not draw when unfocused. The unfocused look of every
 * focusable element is recorded before each Tab press, from the element itself in its place,
 * so the comparison sees the page's real styles. When focus is inside an input's own parts (the
 * calendar button of a date field), the page sees the input as focused, and the input is judged.
 */

const FOCUSABLE =
  'a[href], area[href], button, input, select, textarea, summary, iframe, audio[controls], video[controls], [tabindex], [contenteditable]';

interface Finding {
  ok: boolean;
  element: string;
  detail: string;
}

/** Runs in the page: records unfocused looks, or judges the focused element against its own. */
function inPage({ selector, mode }: { selector: string; mode: 'record' | 'check' }): Finding | null {
  const look = (el: Element) => {
    const s = getComputedStyle(el);
    const drawn = s.outlineStyle !== 'none' && s.outlineStyle !== 'hidden' && s.outlineColor !== 'rgba(0, 0, 0, 0)';
    const lengths = [...s.boxShadow.matchAll(/(-?[\d.]+)px/g)].map((m) => Math.abs(Number(m[1])));
    return {
      outline: drawn ? `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} offset ${s.outlineOffset}` : 'none',
      outlineWidth: drawn ? parseFloat(s.outlineWidth) : 0,
      boxShadow: s.boxShadow,
      shadowWidth: s.boxShadow === 'none' ? 0 : Math.max(0, ...lengths),
    };
  };
  const store = window as unknown as { __unfocusedLooks?: WeakMap<Element, ReturnType<typeof look>> };
  const seen = (store.__unfocusedLooks ??= new WeakMap());
  const active = document.activeElement;

  if (mode === 'record') {
    for (const el of document.querySelectorAll(selector)) if (el !== active) seen.set(el, look(el));
    return null;
  }
  // Focus has left the page for the browser's own controls: not a stop of this page.
  if (!active || active === document.body) return { ok: true, element: 'the browser', detail: '' };
  const cls = typeof active.className === 'string' && active.className ? ` class="${active.className}"` : '';
  const element = `<${active.tagName.toLowerCase()}${active.id ? ` id="${active.id}"` : ''}${cls}> "${(active.textContent ?? '').trim().slice(0, 40)}"`;
  const before = seen.get(active);
  if (!before) return { ok: false, element, detail: 'its unfocused look was never recorded (record before each Tab press)' };
  const now = look(active);
  return {
    ok: (now.outlineWidth > 0 && now.outline !== before.outline) || (now.shadowWidth > 0 && now.boxShadow !== before.boxShadow),
    element,
    detail: `focused: outline ${now.outline}, box-shadow ${now.boxShadow}; unfocused: outline ${before.outline}, box-shadow ${before.boxShadow}`,
  };
}

/** Records how every focusable element of the page looks while it does not have focus. */
export async function recordUnfocused(page: Page) {
  await page.evaluate(inPage, { selector: FOCUSABLE, mode: 'record' });
}

/** What the check finds at the current Tab stop; `ok` is false when nothing visible marks it. */
export async function focusIndicator(page: Page): Promise<Finding> {
  return (await page.evaluate(inPage, { selector: FOCUSABLE, mode: 'check' }))!;
}

/** Throws when the current Tab stop shows no visible focus indicator. */
export async function expectVisibleFocus(page: Page) {
  const found = await focusIndicator(page);
  if (!found.ok) throw new Error(`No visible focus indicator on ${found.element}: ${found.detail}`);
}
