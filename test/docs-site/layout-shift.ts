// The layout-shift score of a page, for the tests that show a pre-rendered snapshot and then let the
// element upgrade over it. Layout Instability is Chromium's alone: elsewhere the score is null and
// the test says what it skipped (the heights it also measures are checked in every engine).
import type { Page } from '../support/engine.js';

/**
 * The score under which nothing moved by a whole pixel: a 1-px move of everything in the largest
 * viewport these tests use (823 px high) scores 0.0012. An upgraded element may differ from its
 * snapshot by a fraction of a pixel in height (the height checks allow < 1 px), which moves the text
 * below by as much: 0.00015–0.00019 in one CI run of 2026-12-06, 0 in the others.
 */
export const NO_VISIBLE_SHIFT = 0.001;

/** Init script: sums every layout shift of the page from its start into `window.cls` (null where unsupported). */
export const OBSERVE_LAYOUT_SHIFTS = `window.cls = null;
  if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
    window.cls = 0;
    window.clsObserver = new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.cls += entry.value; });
    window.clsObserver.observe({ type: 'layout-shift', buffered: true });
  }`;

/**
 * The page's layout-shift score once the frames after what the test did have been drawn: a shift
 * is recorded when the frame that makes it is drawn, so two animation frames later it is queued,
 * and `takeRecords` hands over what the observer has not delivered yet. No timer to guess at.
 */
export function layoutShiftScore(page: Page): Promise<number | null> {
  return page.evaluate(async () => {
    const w = window as unknown as { cls: number | null; clsObserver?: PerformanceObserver };
    // Only where there is a score: a page in a background window (WebKit's second tab) gets no frames.
    if (w.cls === null || !w.clsObserver) return null;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (const entry of w.clsObserver.takeRecords()) w.cls += (entry as PerformanceEntry & { value: number }).value;
    return w.cls;
  });
}
