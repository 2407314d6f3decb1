/**
 * WCAG 1.4.10 Reflow: at 320 CSS pixels wide nothing may need horizontal scrolling.
 * The page is measured, not just the viewport meta, so a wide table or long word is caught.
 */
export async function checkReflow(page) {
  const previous = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return (
          r.width > 0 &&
          (r.right > width + 1 || r.left < -1) &&
          getComputedStyle(el).position !== 'fixed' &&
          !el.closest('.visually-hidden, .skip-link, [hidden]')
        );
      })
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`,
      );
    return { scroll: document.documentElement.scrollWidth > width + 1, wide };
  });
  if (previous) await page.setViewportSize(previous);
  return overflow.scroll
    ? [
        {
          tool: 'reflow',
          rule: 'reflow-320',
          impact: 'serious',
          message: 'The page scrolls sideways at 320 CSS pixels (WCAG 1.4.10)',
          targets: overflow.wide,
          count: overflow.wide.length || 1,
        },
      ]
    : [];
}
