import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateOrSkip, executeServerCommand, sendKeys, setViewport } from '../support/commands.js';
import '../../packages/elements/src/hart-help-banner.js';
import '../../packages/elements/src/hart-resource-finder.js';
import type { HartResourceFinder } from '../../packages/elements/src/resource-finder/resource-finder.js';
import { ANNOUNCE_DELAY_MS } from '../../packages/elements/src/resource-finder/resource-finder.js';
import { generateResources } from '../../bench/generate.js';
import { resetLocale, setPageLang } from '../support/locale.js';

/**
 * The states that changed this round, used as on a phone: the finder's sticky head, its empty
 * state ("Did you mean", the kinds of help, the hotlines), a category chosen, "Show more" and a long
 * list set by script, on one page with the help bar, by keyboard and by what a screen reader gets,
 * at 320 × 568 and 375 × 667, in English and Spanish.
 */
const PHONES = [
  { width: 320, height: 568 },
  { width: 375, height: 667 },
];
const LOADING = ['Loading the services…', 'Cargando los servicios…'];

type Page = { finder: HartResourceFinder; bar: HTMLElement & { updateComplete: Promise<unknown> } };
const inFinder = (page: Page, selector: string) => page.finder.shadowRoot!.querySelector<HTMLElement>(selector)!;
const inBar = (page: Page, selector: string) => page.bar.shadowRoot!.querySelector<HTMLElement>(selector)!;
const focused = (page: Page) =>
  (page.finder.shadowRoot!.activeElement ?? page.bar.shadowRoot!.activeElement) as HTMLElement | null;
const label = (element: Element) => `"${element.textContent!.replace(/\s+/g, ' ').trim().slice(0, 30)}"`;

async function settle() {
  await nextFrame();
  await nextFrame();
}

async function finderAndBar(): Promise<Page> {
  const root = await fixture<HTMLElement>(html`<div>
    <hart-resource-finder></hart-resource-finder>
    <hart-help-banner variant="bar"></hart-help-banner>
  </div>`);
  const page = {
    finder: root.querySelector<HartResourceFinder>('hart-resource-finder')!,
    bar: root.querySelector<Page['bar']>('hart-help-banner')!,
  };
  await page.finder.updateComplete;
  await page.bar.updateComplete;
  await settle();
  return page;
}

/** Types into the search box, then waits for the search to have answered. */
async function type(page: Page, text: string) {
  inFinder(page, '#search').focus();
  await sendKeys({ type: text });
  await page.finder.updateComplete;
  await waitUntil(() => !LOADING.includes(inFinder(page, '[part="count"]').textContent!), 'the search never answered', {
    timeout: 10000,
  });
  await page.finder.updateComplete;
  await settle();
}

/** Whatever has focus: on screen, not behind the finder's sticky head nor behind the bar, its focus ring drawn. */
function expectInSight(page: Page, at: string) {
  const element = focused(page);
  expect(element, `${at}: something in the widgets has focus`).to.not.equal(null);
  const box = element!.getBoundingClientRect();
  const barTop = inBar(page, '.banner').getBoundingClientRect().top;
  const what = `${at}: ${element!.localName} ${label(element!)} at ${box.top.toFixed(1)}–${box.bottom.toFixed(1)}`;
  if (page.bar.shadowRoot!.activeElement !== element) {
    expect(box.bottom, `${what}, the bar from ${barTop.toFixed(1)}`).to.be.at.most(barTop + 0.5);
    if (!element!.closest('.panel-head')) {
      const headBottom = inFinder(page, '.panel-head').getBoundingClientRect().bottom;
      expect(box.top, `${what}, the sticky head down to ${headBottom.toFixed(1)}`).to.be.at.least(headBottom - 0.5);
    }
  }
  expect(box.top >= 0 && box.bottom <= innerHeight + 0.5, `${what} in a ${innerHeight} px screen`).to.equal(true);
  if (element!.tabIndex >= 0 || element!.matches('button, a, input, select')) {
    const style = getComputedStyle(element!);
    expect(
      [element!.matches(':focus-visible'), style.outlineStyle, style.outlineWidth],
      `${what}: focus ring`,
    ).to.deep.equal([true, 'solid', '3px']);
  }
}

async function shiftTab() {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

function expectOnScreen(button: HTMLElement, at: string) {
  const box = button.getBoundingClientRect();
  expect(
    box.width > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight + 0.5 && box.right <= innerWidth + 0.5,
    `${at}: ${label(button)} at ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`,
  ).to.equal(true);
}

describe('phone audit: the finder with the help bar', () => {
  afterEach(async () => {
    window.scrollTo(0, 0);
    await executeServerCommand('forced-colors', { active: false });
    await setViewport({ width: 800, height: 600 });
    await resetLocale();
  });

  for (const lang of ['en', 'es']) {
    for (const phone of PHONES) {
      const at = `${lang} ${phone.width}×${phone.height}`;

      it(`${at}: the empty state fits, its buttons are 24 px targets, and Tab / Shift+Tab never hide focus; axe`, async function () {
        this.timeout(60000);
        await setPageLang(lang);
        await setViewport(phone);
        const page = await finderAndBar();
        // Both quick exits are on screen from the start.
        expectOnScreen(inFinder(page, '[part="exit-button"]'), `${at} finder`);
        expectOnScreen(inBar(page, '[part="exit-button"]'), `${at} bar`);
        // The finder's quick exit is the first stop on the keyboard, in its sticky head.
        (document.activeElement as HTMLElement | null)?.blur();
        await sendKeys({ press: 'Tab' });
        expect(focused(page), `${at}: first stop`).to.equal(inFinder(page, '[part="exit-button"]'));
        expect(focused(page)!.closest('.panel-head'), `${at}: in the sticky head`).to.not.equal(null);
        expectInSight(page, `${at} first stop`);

        await type(page, 'trafikin');
        expect(inFinder(page, '.did-you-mean'), `${at}: a suggestion`).to.not.equal(null);
        expect(document.documentElement.scrollWidth, `${at}: page width`).to.be.at.most(innerWidth);
        const hostRight = page.finder.getBoundingClientRect().right;
        const overflowing = [...page.finder.shadowRoot!.querySelectorAll('*')].filter(
          (e) => e.getBoundingClientRect().right > hostRight + 0.5,
        );
        expect(
          overflowing.map((e) => `${e.localName}.${e.className}`),
          `${at}: wider than the finder`,
        ).to.deep.equal([]);

        // WCAG 2.5.8: the empty state's new buttons are at least 24 × 24 px.
        const buttons = [
          inFinder(page, 'button.link'),
          ...page.finder.shadowRoot!.querySelectorAll<HTMLElement>('.chips button'),
        ];
        expect(buttons.length).to.be.greaterThan(10);
        for (const button of buttons) {
          const { width, height } = button.getBoundingClientRect();
          expect(
            Math.min(width, height),
            `${at}: ${label(button)} ${width.toFixed(1)}×${height.toFixed(1)}`,
          ).to.be.at.least(24);
        }
        await expect(page.finder, `${at}: empty state`).to.be.accessible();

        // From the search box to the last kind of help, and back, by keyboard.
        inFinder(page, '#search').focus();
        const lastChip = [...page.finder.shadowRoot!.querySelectorAll<HTMLElement>('.chips button')].at(-1)!;
        let stops = 0;
        while (focused(page) !== lastChip) {
          await sendKeys({ press: 'Tab' });
          await settle();
          expectInSight(page, `${at} Tab ${++stops}`);
          expect(stops, `${at}: the last kind of help is reached`).to.be.below(60);
        }
        const search = inFinder(page, '#search');
        while (focused(page) !== search) {
          await shiftTab();
          await settle();
          expectInSight(page, `${at} Shift+Tab ${stops--}`);
          expect(stops, `${at}: back to the search box`).to.be.above(-5);
        }
        // Scrolled down the empty state, the finder's quick exit is still on screen (sticky), and the bar's.
        lastChip.scrollIntoView({ block: 'center' });
        await settle();
        expectOnScreen(inFinder(page, '[part="exit-button"]'), `${at} finder, scrolled`);
        expectOnScreen(inBar(page, '[part="exit-button"]'), `${at} bar, scrolled`);
      });
    }

    it(`${lang}: with no result, the live region says the suggestion as well`, async function () {
      this.timeout(30000);
      await setPageLang(lang);
      await setViewport({ width: 320, height: 568 });
      const page = await finderAndBar();
      await type(page, 'trafikin');
      const status = page.finder.shadowRoot!.querySelectorAll('[role="status"]')[0]!;
      const expected =
        lang === 'es'
          ? 'No se encontraron servicios. Quizás quiso decir: trafficking'
          : 'No services found. Did you mean: trafficking';
      await waitUntil(() => status.textContent!.trim() === expected, `the live region says "${status.textContent}"`, {
        timeout: ANNOUNCE_DELAY_MS * 4,
      });
      // Nothing close to suggest: the count alone.
      inFinder(page, '#search').focus();
      (inFinder(page, '#search') as HTMLInputElement).select();
      await type(page, 'qwertyuiop');
      const none = lang === 'es' ? 'No se encontraron servicios' : 'No services found';
      await waitUntil(() => status.textContent!.trim() === none, `the live region says "${status.textContent}"`, {
        timeout: ANNOUNCE_DELAY_MS * 4,
      });
    });

    it(`${lang} 320×568: "Did you mean", a kind of help, a long list while typing and "Show more", by keyboard, focus in sight`, async function () {
      this.timeout(60000);
      await setPageLang(lang);
      await setViewport({ width: 320, height: 568 });
      const page = await finderAndBar();
      const search = inFinder(page, '#search') as HTMLInputElement;
      await type(page, 'trafikin');
      // The suggestion by Space: it is searched, and focus is back in the search box, in sight.
      const suggestion = inFinder(page, 'button.link');
      suggestion.focus();
      expectInSight(page, `${lang} suggestion`);
      await sendKeys({ press: 'Space' });
      await page.finder.updateComplete;
      await settle();
      expect(search.value).to.equal('trafficking');
      expect(page.finder.shadowRoot!.activeElement).to.equal(search);
      expectInSight(page, `${lang} after the suggestion`);

      // A kind of help by Enter: focus on the first service's heading, not under the sticky head.
      search.select();
      await type(page, 'trafikin');
      const chip = [...page.finder.shadowRoot!.querySelectorAll<HTMLElement>('.chips button')][1]!;
      chip.focus();
      expectInSight(page, `${lang} chip`);
      await sendKeys({ press: 'Enter' });
      await page.finder.updateComplete;
      await settle();
      expect(page.finder.shadowRoot!.activeElement).to.equal(inFinder(page, '.result h3'));
      expectInSight(page, `${lang} first service after a kind of help`);

      // 5,000 services set by script while someone types: "Loading" is said, then the results fit.
      inFinder(page, '.bar button').click();
      await page.finder.updateComplete;
      page.finder.resources = generateResources(5000);
      await page.finder.updateComplete;
      search.focus();
      search.value = 'ment';
      search.dispatchEvent(new Event('input', { bubbles: true }));
      await page.finder.updateComplete;
      expect(inFinder(page, '[part="count"]').textContent).to.equal(
        lang === 'es' ? 'Cargando los servicios…' : 'Loading the services…',
      );
      await expect(page.finder, `${lang}: while indexing`).to.be.accessible();
      await type(page, 'oring');
      await waitUntil(
        () => page.finder.shadowRoot!.querySelectorAll('.result').length === 10,
        'results after indexing',
        { timeout: 10000 },
      );
      await settle();
      expect(page.finder.shadowRoot!.activeElement, 'focus stays in the search box').to.equal(search);
      expect(document.documentElement.scrollWidth, `${lang}: page width with generated services`).to.be.at.most(
        innerWidth,
      );

      // "Show more" by Enter: focus on the first new service, clear of the bar.
      const more = [...page.finder.shadowRoot!.querySelectorAll<HTMLElement>('button')].find(
        (b) => b.textContent!.trim() === (lang === 'es' ? 'Mostrar más' : 'Show more'),
      )!;
      const { width, height } = more.getBoundingClientRect();
      expect(Math.min(width, height), `Show more ${width.toFixed(1)}×${height.toFixed(1)}`).to.be.at.least(24);
      more.focus();
      expectInSight(page, `${lang} Show more`);
      await sendKeys({ press: 'Enter' });
      await page.finder.updateComplete;
      await settle();
      expect(page.finder.shadowRoot!.activeElement).to.equal(
        page.finder.shadowRoot!.querySelectorAll('.result h3')[10],
      );
      expectInSight(page, `${lang} eleventh service`);
      await expect(page.finder, `${lang}: after Show more`).to.be.accessible();
    });

    it(`${lang} 320×568: the bar's "Help lines" opens and closes by keyboard, and when open covers nothing that has focus; axe`, async function () {
      this.timeout(30000);
      await setPageLang(lang);
      await setViewport({ width: 320, height: 568 });
      const page = await finderAndBar();
      await type(page, 'trafikin');
      const toggle = inBar(page, '[part="lines-toggle"]');
      const names =
        lang === 'es'
          ? ['Líneas de ayuda', 'Salida rápida', 'Líneas de ayuda y salida rápida']
          : ['Help lines', 'Quick exit', 'Help lines and quick exit'];
      expect(toggle.textContent!.trim()).to.equal(names[0]);
      expect(inBar(page, '[part="exit-button"]').textContent!.trim()).to.equal(names[1]);
      expect(inBar(page, 'section').getAttribute('aria-label')).to.equal(names[2]);
      const { width, height } = toggle.getBoundingClientRect();
      expect(Math.min(width, height), `toggle ${width.toFixed(1)}×${height.toFixed(1)}`).to.be.at.least(24);

      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await page.bar.updateComplete;
      await settle();
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expectOnScreen(inBar(page, '[part="exit-button"]'), `${lang} bar open`);
      expectOnScreen(inFinder(page, '[part="exit-button"]'), `${lang} finder, bar open`);
      await expect(page.bar, `${lang}: bar open`).to.be.accessible();
      // Back into the finder while the bar is open (and taller): its last control is above the bar.
      await shiftTab();
      await settle();
      expect(page.finder.shadowRoot!.activeElement, 'Shift+Tab goes back into the finder').to.not.equal(null);
      expectInSight(page, `${lang} finder's last control, bar open`);
      // Into the bar again: quick exit, then the first hotline; Escape closes and returns to the button.
      toggle.focus();
      await sendKeys({ press: 'Tab' });
      expect(page.bar.shadowRoot!.activeElement).to.equal(inBar(page, '[part="exit-button"]'));
      await sendKeys({ press: 'Tab' });
      expect(page.bar.shadowRoot!.activeElement!.localName).to.equal('a');
      await sendKeys({ press: 'Escape' });
      await page.bar.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(page.bar.shadowRoot!.activeElement).to.equal(toggle);
      await sendKeys({ press: 'Space' });
      await page.bar.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Space' });
      await page.bar.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    });
  }

  it('the suggestion stays a 24 px target where the page sets a smaller font size', async function () {
    this.timeout(30000);
    await setViewport({ width: 320, height: 568 });
    const root = await fixture<HTMLElement>(
      html`<div><hart-resource-finder style="--hart-font-size: 14px"></hart-resource-finder><hart-help-banner variant="bar"></hart-help-banner></div>`,
    );
    const page = {
      finder: root.querySelector<HartResourceFinder>('hart-resource-finder')!,
      bar: root.querySelector<Page['bar']>('hart-help-banner')!,
    };
    await page.finder.updateComplete;
    await type(page, 'trafikin');
    const { width, height } = inFinder(page, 'button.link').getBoundingClientRect();
    expect(Math.min(width, height), `suggestion ${width.toFixed(1)}×${height.toFixed(1)} at 14 px`).to.be.at.least(24);
    for (const chip of page.finder.shadowRoot!.querySelectorAll('.chips button'))
      expect(chip.getBoundingClientRect().height, label(chip)).to.be.at.least(24);
  });

  it('in forced colours (rendered, not only the media query) the new buttons keep their boundaries', async function () {
    this.timeout(30000);
    await setViewport({ width: 320, height: 568 });
    await emulateOrSkip(this, 'forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.equal(true);
    const page = await finderAndBar();
    await type(page, 'trafikin');
    for (const button of [
      ...page.finder.shadowRoot!.querySelectorAll<HTMLElement>('.chips button'),
      inBar(page, '[part="lines-toggle"]'),
    ]) {
      const style = getComputedStyle(button);
      expect([style.borderTopStyle, style.borderTopWidth], `${label(button)}: border`).to.deep.equal(['solid', '2px']);
      expect(style.borderTopColor, `${label(button)}: border against the background`).to.not.equal(
        style.backgroundColor,
      );
    }
    // The suggestion is a link-like button: its underline is its boundary, in the system's link colour.
    const link = getComputedStyle(inFinder(page, 'button.link'));
    expect(link.textDecorationLine).to.equal('underline');
    expect(link.color, 'LinkText, not the page colour').to.not.equal(
      getComputedStyle(inFinder(page, '.did-you-mean')).color,
    );
  });
});
