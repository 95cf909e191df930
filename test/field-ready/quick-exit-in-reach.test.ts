import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '../support/commands.js';
import type { TemplateResult } from 'lit';
import '../../packages/elements/src/hart-help-banner.js';
import '../../packages/elements/src/hart-red-flag-quiz.js';
import '../../packages/elements/src/hart-training-request.js';
import '../../packages/elements/src/hart-resource-finder.js';
import { resetLocale, setPageLang } from '../support/locale.js';

/**
 * Issue #14, "Quick exit within reach, everywhere": on a phone (no Shift key) the quick exit button
 * is the only way out, so it must be on screen whenever the top of a widget is, and near the start
 * of the widget's keyboard order. Portrait and landscape phones, and 1280 × 720 at 400 % zoom (a
 * 320 × 180 CSS viewport), in English and Spanish.
 */
const VIEWPORTS = [
  { width: 320, height: 568 },
  { width: 568, height: 320 },
  { width: 375, height: 667 },
  { width: 667, height: 375 },
  { width: 320, height: 180, zoom: '400 %' },
];

type Widget = { name: string; template: () => TemplateResult; fixed?: boolean };
/** One row per widget; the resource finder has its own row in the finder's tests. */
const WIDGETS: Widget[] = [
  { name: 'banner inline', template: () => html`<hart-help-banner></hart-help-banner>` },
  { name: 'banner compact', template: () => html`<hart-help-banner variant="compact"></hart-help-banner>` },
  // In one of the widest common fonts (Verdana's metrics): the bar's line must still be one line.
  {
    name: 'banner bar',
    template: () =>
      html`<hart-help-banner variant="bar" style="--hart-font-family: 'DejaVu Sans', Verdana, sans-serif"></hart-help-banner>`,
    fixed: true,
  },
  { name: 'quiz', template: () => html`<hart-red-flag-quiz></hart-red-flag-quiz>` },
  { name: 'training request', template: () => html`<hart-training-request></hart-training-request>` },
  { name: 'resource finder', template: () => html`<hart-resource-finder></hart-resource-finder>` },
];

type Host = HTMLElement & { updateComplete?: Promise<unknown> };
const exitOf = (host: Host) => host.shadowRoot!.querySelector<HTMLButtonElement>('[part="exit-button"]')!;

async function ready(host: Host) {
  await waitUntil(
    () => exitOf(host) && !host.shadowRoot!.querySelector('[aria-busy="true"]'),
    `${host.localName} did not render`,
    { timeout: 5000 },
  );
  await host.updateComplete;
  await nextFrame();
  await nextFrame();
}

/** The widget between a control before it and a page taller than the screen on both sides. */
async function onAPage(widget: Widget): Promise<{ host: Host; before: HTMLButtonElement }> {
  const page = await fixture<HTMLElement>(html`<div>
    <button id="before" type="button">Before</button>
    <div style="height: 150vh"></div>
    ${widget.template()}
    <div style="height: 150vh"></div>
  </div>`);
  const host = page.querySelector<Host>(
    'hart-help-banner, hart-red-flag-quiz, hart-training-request, hart-resource-finder',
  )!;
  await ready(host);
  return { host, before: page.querySelector('button')! };
}

describe('quick exit in reach in every widget (issue #14)', () => {
  afterEach(async () => {
    window.scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
    await resetLocale();
  });

  for (const widget of WIDGETS) {
    for (const lang of ['en', 'es']) {
      it(`${widget.name} (${lang}): quick exit on screen with the widget's top, first or second on the keyboard; axe`, async () => {
        await setPageLang(lang);
        for (const viewport of VIEWPORTS) {
          await setViewport(viewport);
          const at = `${widget.name} ${lang} ${viewport.width}×${viewport.height}${viewport.zoom ? ` (${viewport.zoom})` : ''}`;
          const { host, before } = await onAPage(widget);
          const exit = exitOf(host);

          // On screen when the top of the widget is (the bar always is).
          if (!widget.fixed) host.scrollIntoView({ block: 'start' });
          else window.scrollTo(0, 0);
          await nextFrame();
          const r = exit.getBoundingClientRect();
          expect(
            r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight + 0.5 && r.right <= innerWidth + 0.5,
            `${at}: quick exit at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} in ${innerWidth}×${innerHeight}`,
          ).to.equal(true);

          if (widget.fixed) {
            const bar = host.shadowRoot!.querySelector<HTMLElement>('.banner')!;
            expect(bar.getBoundingClientRect().height, `${at}: bar height`).to.be.at.most(innerHeight * 0.2);
          }

          // The first or second stop on the keyboard inside the widget.
          before.focus();
          const stops: (Element | null)[] = [];
          for (let i = 0; i < 2; i++) {
            await sendKeys({ press: 'Tab' });
            stops.push(host.shadowRoot!.activeElement);
          }
          expect(
            stops.includes(exit),
            `${at}: the first two stops are ${stops.map((s) => s?.textContent?.trim() ?? 'outside').join(', ')}`,
          ).to.equal(true);

          if (viewport.width === 320 && viewport.height === 568) await expect(host).to.be.accessible();
        }
      });
    }
  }
});
