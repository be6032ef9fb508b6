import type { Page } from 'playwright-core';

/** True when no button, label or link in the page is cut off or sticks out sideways. */
export function nothingOverflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const clipped = [
      ...document.querySelectorAll<HTMLElement>('button, label, a, legend, h1, h2, th, dt, .status-badge'),
    ].filter(
      // A visually hidden label (1px, clipped) is for screen readers and is not cut off for them.
      (el) =>
        el.offsetParent !== null &&
        el.clientWidth > 2 &&
        el.scrollWidth > el.clientWidth + 1 &&
        getComputedStyle(el).overflow !== 'visible',
    );
    // A control that sticks out of the group or panel it sits in (a long word pushing a button past a fieldset's border).
    const outside = [...document.querySelectorAll<HTMLElement>('button, label, output, a')].filter((el) => {
      const box = el.closest('fieldset, .settings-panel, .top-bar, .document-side');
      if (!box || el.offsetParent === null) return false;
      const [inner, outer] = [el.getBoundingClientRect(), box.getBoundingClientRect()];
      return inner.right > outer.right + 1 || inner.left < outer.left - 1;
    });
    const wide = document.documentElement.scrollWidth > window.innerWidth ? ['<html> is wider than the window'] : [];
    return [
      ...wide,
      ...[...clipped, ...outside].map((el) => `${el.tagName.toLowerCase()}: ${el.textContent?.slice(0, 60) ?? ''}`),
    ];
  });
}
