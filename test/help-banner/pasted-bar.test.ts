import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { setViewport, tap } from '../support/commands.js';
import '../../packages/elements/src/hart-help-banner.js';
import type { HartHelpBanner } from '../../packages/elements/src/help-banner/help-banner.js';
import { resetLocale, setPageLang } from '../support/locale.js';
import { root } from '../support/dom.js';

/**
 * Issue #23: a school page with a bar pasted between two paragraphs, as the snippet builder's
 * visitors paste it, and a footer. The bar must open no gap where it sits, and the page must scroll
 * far enough that its footer comes out from under the bar, closed or opened by a tap.
 */
const PHONES = [
  { width: 320, height: 568 },
  { width: 375, height: 667 },
];
const box = (el: HTMLElement) => root(el).querySelector<HTMLElement>('.banner')!;
const toggle = (el: HTMLElement) => root(el).querySelector<HTMLButtonElement>('.lines-toggle')!;

async function settle(el: HartHelpBanner) {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
}

async function schoolPage(lang: string) {
  await setPageLang(lang);
  const page = await fixture<HTMLElement>(html`<div>
    <main>
      ${Array.from({ length: 8 }, (_, i) => html`<p style="margin: 0 0 16px" id="p${i}">Paragraph ${i + 1} of the school page, long enough to wrap on a phone screen.</p>`)}
      <p style="margin: 0 0 16px" id="before">The paragraph before the pasted bar.</p>
      <hart-help-banner variant="bar"></hart-help-banner>
      <p style="margin: 0 0 16px" id="after">The paragraph after the pasted bar.</p>
      ${Array.from({ length: 8 }, (_, i) => html`<p style="margin: 0 0 16px">More of the page, paragraph ${i + 1}.</p>`)}
    </main>
    <footer id="footer" style="padding: 8px; background: #eee">School footer: contact and privacy</footer>
  </div>`);
  const el = page.querySelector<HartHelpBanner>('hart-help-banner')!;
  await settle(el);
  return {
    page,
    el,
    before: page.querySelector('#before')!,
    after: page.querySelector('#after')!,
    footer: page.querySelector('#footer')!,
  };
}

/** The blank between the two paragraphs around the tag, less their own 16 px margin. */
const gapAtTag = (before: Element, after: Element) =>
  after.getBoundingClientRect().top - before.getBoundingClientRect().bottom - 16;

async function scrollToEnd(el: HartHelpBanner) {
  window.scrollTo(0, document.documentElement.scrollHeight);
  await settle(el);
}

describe('a bar pasted mid-page (issue #23)', () => {
  afterEach(async () => {
    window.scrollTo(0, 0);
    await setViewport({ width: 800, height: 600 });
    await resetLocale();
  });

  for (const lang of ['en', 'es']) {
    for (const phone of PHONES) {
      const at = `${lang} ${phone.width}×${phone.height}`;
      it(`${at}: opens no gap where it is pasted, closed or opened by a tap, and the footer scrolls out from under it; axe`, async () => {
        await setViewport(phone);
        const { page, el, before, after, footer } = await schoolPage(lang);
        const closedGap = gapAtTag(before, after);
        expect(closedGap, `${at}: gap at the tag, closed`).to.be.closeTo(0, 0.5);
        await scrollToEnd(el);
        const closedFooter = footer.getBoundingClientRect().bottom;
        const closedBarTop = box(el).getBoundingClientRect().top;
        expect(
          closedFooter,
          `${at}: footer bottom ${closedFooter.toFixed(1)}, closed bar top ${closedBarTop.toFixed(1)}`,
        ).to.be.at.most(closedBarTop + 0.5);
        await expect(page).to.be.accessible();

        await tap(toggle(el));
        await settle(el);
        expect(toggle(el).getAttribute('aria-expanded'), `${at}: a tap opens the hotlines`).to.equal('true');
        expect(gapAtTag(before, after), `${at}: gap at the tag, opened`).to.be.closeTo(0, 0.5);
        await scrollToEnd(el);
        const openFooter = footer.getBoundingClientRect().bottom;
        const openBarTop = box(el).getBoundingClientRect().top;
        expect(
          openFooter,
          `${at}: footer bottom ${openFooter.toFixed(1)}, opened bar top ${openBarTop.toFixed(1)}`,
        ).to.be.at.most(openBarTop + 0.5);
        await expect(page).to.be.accessible();
        console.log(
          `pasted bar ${at}: gap at the tag ${closedGap.toFixed(1)} px; at the end, footer bottom / bar top: closed ${closedFooter.toFixed(1)} / ${closedBarTop.toFixed(1)}, opened ${openFooter.toFixed(1)} / ${openBarTop.toFixed(1)}`,
        );

        el.remove();
        await nextFrame();
        expect(document.querySelector('[data-hart-bar-space]'), `${at}: the reserved space goes with the bar`).to.equal(
          null,
        );
      });
    }
  }

  it("the opened bar at 320 px: hotline text as far from the edge as the buttons' words, call and text links 44 px targets (en, es); axe", async () => {
    await setViewport({ width: 320, height: 568 });
    for (const lang of ['en', 'es']) {
      const { page, el } = await schoolPage(lang);
      const closedWordsLeft = (() => {
        const style = getComputedStyle(toggle(el));
        return (
          toggle(el).getBoundingClientRect().left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft)
        );
      })();
      await tap(toggle(el));
      await settle(el);
      for (const line of root(el).querySelectorAll<HTMLElement>('.name')) {
        expect(line.getBoundingClientRect().left, `${lang}: "${line.textContent}" from the edge`).to.be.closeTo(
          closedWordsLeft,
          0.5,
        );
      }
      const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.actions a')];
      expect(links.length).to.be.greaterThan(3);
      for (const link of links) {
        const r = link.getBoundingClientRect();
        expect(
          r.height >= 44 && r.width >= 44,
          `${lang}: "${link.textContent}" is ${r.width.toFixed(1)}×${r.height.toFixed(1)}`,
        ).to.equal(true);
      }
      await expect(page).to.be.accessible();
      page.remove();
    }
  });
});
