import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { setViewport } from '../support/commands.js';
import type { TemplateResult } from 'lit';
import '../../packages/elements/src/define-all.js';
import { resetLocale, setPageLang } from '../support/locale.js';

/**
 * WCAG 1.4.12 Text spacing, with the values of the standard text-spacing bookmarklet, applied the
 * way it applies them: `!important` on every element of the page. The widgets keep their
 * protection against page CSS (theme.styles.ts) but let these through, and nothing clips at 320 px.
 */
const BOOKMARKLET = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

const WIDGETS: [string, () => TemplateResult][] = [
  ['banner inline', () => html`<hart-help-banner></hart-help-banner>`],
  ['banner compact', () => html`<hart-help-banner variant="compact"></hart-help-banner>`],
  ['banner bar', () => html`<hart-help-banner variant="bar"></hart-help-banner>`],
  ['quiz', () => html`<hart-red-flag-quiz></hart-red-flag-quiz>`],
  ['finder', () => html`<hart-resource-finder></hart-resource-finder>`],
  ['form', () => html`<hart-training-request></hart-training-request>`],
];

const describeNode = (node: Element) =>
  `${node.localName}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.trim().split(/\s+/).join('.')}` : ''}`;

/** What would be cut off or make the page scroll sideways, inside one widget (not what is hidden on purpose: visually hidden text, the form's spam trap). */
function clipping(host: HTMLElement): string[] {
  const problems: string[] = [];
  const hostBox = host.getBoundingClientRect();
  if (hostBox.right > innerWidth + 1) problems.push(`the element is ${hostBox.width}px wide`);
  for (const node of host.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (
      node.closest('.visually-hidden, [hidden], .trap, [aria-hidden="true"], style') ||
      node.matches('input, select, textarea, option')
    )
      continue;
    const style = getComputedStyle(node);
    if (['none', 'contents', 'inline'].includes(style.display) || !node.clientWidth) continue;
    // Hidden on screen for screen readers only (the bar's heading on a small screen).
    if (style.clipPath === 'inset(50%)') continue;
    const at = describeNode(node);
    if (node.scrollWidth > node.clientWidth + 1)
      problems.push(`${at}: content ${node.scrollWidth}px wide in ${node.clientWidth}px`);
    if (node.getBoundingClientRect().right > innerWidth + 1) problems.push(`${at}: past the right edge`);
    const cuts = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
    if (cuts(style.overflowY) && node.scrollHeight > node.clientHeight + 1)
      problems.push(`${at}: text cut off (${node.scrollHeight}px in ${node.clientHeight}px)`);
  }
  return problems;
}

async function ready(host: HTMLElement & { updateComplete?: Promise<unknown> }) {
  await waitUntil(
    () =>
      host.shadowRoot?.querySelector('[part="exit-button"]') && !host.shadowRoot.querySelector('[aria-busy="true"]'),
    `${host.localName} did not render`,
    { timeout: 5000 },
  );
  await host.updateComplete;
  await nextFrame();
  await nextFrame();
}

describe('text spacing (WCAG 1.4.12) at 320 px, bookmarklet values', () => {
  let sheet: HTMLStyleElement;
  beforeEach(async () => {
    await setViewport({ width: 320, height: 568 });
    sheet = Object.assign(document.createElement('style'), { textContent: BOOKMARKLET });
    document.head.append(sheet);
  });
  afterEach(async () => {
    sheet?.remove(); // not there when the engine could not set the viewport and skipped the test
    await setViewport({ width: 800, height: 600 });
    await resetLocale();
  });

  for (const lang of ['en', 'es']) {
    it(`reaches every widget and nothing clips (${lang})`, async () => {
      await setPageLang(lang);
      for (const [name, template] of WIDGETS) {
        const host = await fixture<HTMLElement>(template());
        await ready(host);
        // The reader's spacing reaches the text inside: 0.12em and 0.16em of the widget's own 16 px.
        const exit = host.shadowRoot!.querySelector<HTMLElement>('[part="exit-button"]')!;
        const style = getComputedStyle(exit);
        expect(parseFloat(style.letterSpacing), `${name}: letter spacing`).to.be.closeTo(0.12 * 16, 0.05);
        expect(parseFloat(style.wordSpacing), `${name}: word spacing`).to.be.closeTo(0.16 * 16, 0.05);
        expect(parseFloat(style.lineHeight), `${name}: line height`).to.be.at.least(
          1.5 * parseFloat(style.fontSize) - 0.5,
        );
        const title = host.shadowRoot!.querySelector<HTMLElement>('h2')!;
        expect(parseFloat(getComputedStyle(title).lineHeight), `${name}: heading line height`).to.be.at.least(24);
        expect(clipping(host), `${name} (${lang})`).to.deep.equal([]);
        if (name === 'banner bar') {
          // Open, the hotlines wrap rather than clip, and quick exit is still in view.
          host.shadowRoot!.querySelector<HTMLButtonElement>('.lines-toggle')!.click();
          await ready(host);
          expect(clipping(host), `${name} open (${lang})`).to.deep.equal([]);
          expect(exit.getBoundingClientRect().top).to.be.at.least(0);
        }
        if (name === 'form') {
          // With every error shown: the summary, "Error:" and the messages.
          host.shadowRoot!.querySelector<HTMLButtonElement>('#submit')!.click();
          await waitUntil(
            () => !host.shadowRoot!.querySelector<HTMLElement>('#error-summary')!.hidden,
            'no error summary',
            { timeout: 5000 },
          );
          await ready(host);
          expect(clipping(host), `${name} with errors (${lang})`).to.deep.equal([]);
        }
        host.remove();
      }
    });
  }

  it('a hostile page still cannot shrink the line height below 1.5 or stretch it past 2', async () => {
    sheet.textContent = '* { line-height: 1 !important; }';
    const host = await fixture<HTMLElement>(html`<hart-help-banner></hart-help-banner>`);
    await ready(host);
    expect(
      parseFloat(getComputedStyle(host.shadowRoot!.querySelector('.when')!).lineHeight),
      "a page's line-height: 1",
    ).to.equal(24);
    const wrapper = await fixture<HTMLElement>(
      html`<div style="font-size: 40px; line-height: 3 !important"><hart-help-banner></hart-help-banner></div>`,
    );
    const inside = wrapper.querySelector<HTMLElement>('hart-help-banner')!;
    await ready(inside);
    expect(
      parseFloat(getComputedStyle(inside.shadowRoot!.querySelector('.when')!).lineHeight),
      "a page's 40px/3 (120 px)",
    ).to.equal(32);
  });
});
