import { expect, html, nextFrame } from '@open-wc/testing';
import '../../packages/elements/src/hart-help-banner.js';
import type { HartHelpBanner } from '../../packages/elements/src/help-banner/help-banner.js';
import { root } from '../support/dom.js';
import { PHONES, leavePhone, openOnPhone, settle, tapInView, type Phone } from '../support/phone.js';

/**
 * Issue #23: a school page with a bar pasted between two paragraphs, as the snippet builder's
 * visitors paste it, and a footer. The bar must open no gap where it sits, and the page must scroll
 * far enough that its footer comes out from under the bar, closed or opened by a tap.
 */
const box = (el: HTMLElement) => root(el).querySelector<HTMLElement>('.banner')!;
const toggle = (el: HTMLElement) => root(el).querySelector<HTMLButtonElement>('.lines-toggle')!;

/** The school page on a phone, the bar pasted mid-page. Taps are all it needs of a phone: every engine runs it. */
async function schoolPage(test: Mocha.Context, lang: 'en' | 'es', phone: Phone) {
  const page = await openOnPhone<HTMLElement>(
    test,
    lang,
    phone,
    html`<div>
    <main>
      ${Array.from({ length: 8 }, (_, i) => html`<p style="margin: 0 0 16px" id="p${i}">Paragraph ${i + 1} of the school page, long enough to wrap on a phone screen.</p>`)}
      <p style="margin: 0 0 16px" id="before">The paragraph before the pasted bar.</p>
      <hart-help-banner variant="bar"></hart-help-banner>
      <p style="margin: 0 0 16px" id="after">The paragraph after the pasted bar.</p>
      ${Array.from({ length: 8 }, (_, i) => html`<p style="margin: 0 0 16px">More of the page, paragraph ${i + 1}.</p>`)}
    </main>
    <footer id="footer" style="padding: 8px; background: #eee">School footer: contact and privacy</footer>
  </div>`,
    { touchMedia: 'optional' },
  );
  const el = page.querySelector<HartHelpBanner>('hart-help-banner')!;
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

async function scrollToEnd() {
  window.scrollTo(0, document.documentElement.scrollHeight);
  await settle();
}

describe('a bar pasted mid-page (issue #23)', () => {
  afterEach(leavePhone);

  for (const lang of ['en', 'es'] as const) {
    for (const phone of PHONES) {
      const at = `${lang} ${phone.width}×${phone.height}`;
      it(`${at}: opens no gap where it is pasted, closed or opened by a tap, and the footer scrolls out from under it; axe`, async function () {
        const { page, el, before, after, footer } = await schoolPage(this, lang, phone);
        const closedGap = gapAtTag(before, after);
        expect(closedGap, `${at}: gap at the tag, closed`).to.be.closeTo(0, 0.5);
        await scrollToEnd();
        const closedFooter = footer.getBoundingClientRect().bottom;
        const closedBarTop = box(el).getBoundingClientRect().top;
        expect(
          closedFooter,
          `${at}: footer bottom ${closedFooter.toFixed(1)}, closed bar top ${closedBarTop.toFixed(1)}`,
        ).to.be.at.most(closedBarTop + 0.5);
        await expect(page).to.be.accessible();

        await tapInView(toggle(el));
        expect(toggle(el).getAttribute('aria-expanded'), `${at}: a tap opens the hotlines`).to.equal('true');
        expect(gapAtTag(before, after), `${at}: gap at the tag, opened`).to.be.closeTo(0, 0.5);
        await scrollToEnd();
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

  it("the opened bar at 320 px: hotline text as far from the edge as the buttons' words, call and text links 44 px targets (en, es); axe", async function () {
    for (const lang of ['en', 'es'] as const) {
      const { page, el } = await schoolPage(this, lang, PHONES[0]);
      const closedWordsLeft = (() => {
        const style = getComputedStyle(toggle(el));
        return (
          toggle(el).getBoundingClientRect().left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft)
        );
      })();
      await tapInView(toggle(el));
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
