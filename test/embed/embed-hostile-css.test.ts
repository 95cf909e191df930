// Issue #7: the widgets on a partner page whose CSS is hostile to them.
// In the engine HART_ENGINE names (test/support/engine.ts); `npm test` builds the pages first
// (`npm run build && npm run build:embed`).
import assert from 'node:assert/strict';
import type { Page } from '../support/engine.js';
import { describe, it } from 'node:test';
import { TAGS, open, useEveryWidget, startEmbed } from './embed-helpers.js';

startEmbed();

interface Snapshot {
  styles: Record<string, string>[];
  controls: { path: string; visible: boolean; width: number; height: number }[];
  contrast: { path: string; ratio: number; large: boolean }[];
}

/** Computed styles of everything inside the widgets' shadow roots, their controls' boxes, and text contrast. */
async function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(
    (tags) => {
      const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r, g, b]: number[]) => {
        const [R, G, B] = [r!, g!, b!].map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
      };
      const background = (el: Element | null): number[] => {
        for (
          let node: Element | null = el;
          node;
          node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null
        ) {
          const bg = parse(getComputedStyle(node).backgroundColor);
          if (bg.length === 3 || (bg.length === 4 && bg[3]! > 0)) return bg.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const out: Snapshot = { styles: [], controls: [], contrast: [] };
      for (const tag of tags) {
        const host = document.querySelector(tag)!;
        const all = [...host.shadowRoot!.querySelectorAll('*')].filter(
          (el) => !['STYLE', 'OPTION', 'OPTGROUP', 'DATALIST'].includes(el.tagName),
        );
        all.forEach((el, i) => {
          const path = `${tag} ${el.tagName.toLowerCase()}#${el.id || i}`;
          const s = getComputedStyle(el);
          out.styles.push({
            path,
            fontSize: s.fontSize,
            lineHeight: s.lineHeight,
            color: s.color,
            backgroundColor: s.backgroundColor,
            letterSpacing: s.letterSpacing,
            wordSpacing: s.wordSpacing,
            fontWeight: s.fontWeight,
            textTransform: s.textTransform,
            display: s.display,
            visibility: s.visibility,
            textShadow: s.textShadow,
          });
          const rect = el.getBoundingClientRect();
          const hiddenByUs = !!el.closest('[hidden], .visually-hidden, .trap, [aria-hidden="true"]');
          if (!hiddenByUs && el.matches('button, a[href], input, select, textarea')) {
            out.controls.push({
              path,
              visible: s.display !== 'none' && s.visibility === 'visible' && rect.width > 0 && rect.height > 0,
              width: rect.width,
              height: rect.height,
            });
          }
          const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
          if (ownText && !hiddenByUs && rect.width > 1) {
            const fg = luminance(parse(s.color));
            const bg = luminance(background(el));
            const size = parseFloat(s.fontSize);
            out.contrast.push({
              path,
              ratio: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05),
              large: size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700),
            });
          }
        });
      }
      return out;
    },
    [...TAGS],
  );
}

describe('embed: hostile page CSS', () => {
  it('keeps every widget legible and usable: the same computed styles as on a clean page, AA contrast, every control visible', async () => {
    // One page after the other: a background tab (WebKit's second window) may not lay out or run timers.
    const clean = await open('/test/embed/clean.html');
    const a = await snapshot(clean.page);
    await clean.page.context.close();
    const hostile = await open('/test/embed/hostile-css.html');
    // The page really is hostile: its own text is 40px serif, uppercase, grey on grey.
    assert.equal(await hostile.page.evaluate(() => getComputedStyle(document.body).fontSize), '40px');
    const b = await snapshot(hostile.page);
    assert.equal(b.styles.length, a.styles.length);
    // Text spacing is let through on purpose (WCAG 1.4.12: a reader's spacing tool looks just like
    // this page to CSS), within bounds for line height; everything else is as on the clean page.
    const SPACING = ['lineHeight', 'letterSpacing', 'wordSpacing'];
    const withoutSpacing = (styles: Record<string, string>[]) =>
      styles.map((style) => Object.fromEntries(Object.entries(style).filter(([key]) => !SPACING.includes(key))));
    assert.deepEqual(
      withoutSpacing(b.styles),
      withoutSpacing(a.styles),
      'computed styles inside the shadow roots differ from the clean page',
    );
    for (const [i, style] of b.styles.entries()) {
      // A select keeps the browser's own \`normal\`, on both pages.
      if (style.lineHeight === 'normal' && a.styles[i]!.lineHeight === 'normal') continue;
      // At least our own (1.3 for headings, 1.5 for text), at most twice the widget's 16 px.
      const [lineHeight, size] = [parseFloat(style.lineHeight!), parseFloat(style.fontSize!)];
      assert.ok(
        lineHeight >= 1.29 * size && lineHeight <= Math.max(32, 1.3 * size) + 0.5,
        `${style.path}: line height ${style.lineHeight} for ${style.fontSize} text`,
      );
    }
    const families = await hostile.page.evaluate(
      (tags) => tags.map((t) => getComputedStyle(document.querySelector(t)!).fontFamily),
      [...TAGS],
    );
    assert.deepEqual(
      families,
      TAGS.map(() => 'serif'),
      'font family is inherited from the page, as docs/theming.md says',
    );
    for (const size of b.styles.map((s) => parseFloat(s.fontSize!)))
      assert.ok(size >= 12 && size <= 32, `font size ${size}px outside 12–32px`);
    assert.ok(b.controls.length >= 40, `${b.controls.length} controls`);
    assert.deepEqual(
      b.controls.map((c) => c.path),
      a.controls.map((c) => c.path),
    );
    // Phone-only controls (the finder's "Filters" and "Who, where, how" buttons) are hidden at this
    // desktop width on the clean page too: the hostile page must show exactly what the clean one shows.
    const hiddenOnClean = new Set(a.controls.filter((c) => !c.visible).map((c) => c.path));
    for (const path of hiddenOnClean)
      assert.match(path, /^hart-resource-finder /, `${path} is hidden on the clean page`);
    for (const control of b.controls) {
      if (hiddenOnClean.has(control.path)) {
        assert.ok(!control.visible, `${control.path} shows on the hostile page only`);
        continue;
      }
      assert.ok(control.visible, `${control.path} is not visible`);
      assert.ok(
        control.height >= 24 || control.path.includes(' a#'),
        `${control.path} is ${control.height}px high (24px target)`,
      );
    }
    assert.ok(b.contrast.length >= 50, `${b.contrast.length} texts checked for contrast`);
    for (const text of b.contrast)
      assert.ok(text.ratio >= (text.large ? 3 : 4.5), `${text.path}: contrast ${text.ratio.toFixed(2)}`);
    // And operable: the quiz still checks an answer, the form still composes its email.
    await useEveryWidget(hostile.page);
    assert.deepEqual(await hostile.errors(), []);
    await hostile.page.context.close();
  });
});
