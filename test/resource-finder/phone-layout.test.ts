// Issue #23, "on a phone, results are buried": at 320 px the 16 category checkboxes and the age,
// region and language fields put the first result ~790 px below the search box, so with the
// on-screen keyboard up no result was ever visible while typing; and each result card was ~470 px
// tall at 375 px. A person on a phone types, taps "Filters", ticks a kind of help, and opens a
// service's details, by touch and by keyboard, in English and Spanish.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '../support/commands.js';
import '../../packages/elements/src/hart-resource-finder.js';
import type { HartResourceFinder } from '../../packages/elements/src/resource-finder/resource-finder.js';
import { PHONES, leavePhone, openOnPhone, settle, tapInView } from '../support/phone.js';
import { $$, required } from '../support/dom.js';

/** What an on-screen keyboard leaves of a phone's screen: about 260 px of it is keyboard (iOS and Android, portrait). */
const KEYBOARD = 260;
const LOADING = ['Loading the services…', 'Cargando los servicios…'];
const TEXT = {
  en: {
    query: 'shelter',
    filters: 'Filters',
    oneOn: 'Filters (1 on)',
    legal: 'Legal help',
    details: 'Who, where, how',
    report: 'Report a problem with this listing',
  },
  es: {
    query: 'refugio',
    filters: 'Filtros',
    oneOn: 'Filtros (1 en uso)',
    legal: 'Ayuda legal',
    details: 'Quién, dónde, cómo',
    report: 'Informar de un problema con este servicio',
  },
};

const visible = (element: Element) => element.getBoundingClientRect().height > 0;

async function type(el: HartResourceFinder, text: string) {
  required(el, '#search').focus();
  await sendKeys({ type: text });
  await el.updateComplete;
  await waitUntil(() => !LOADING.includes(required(el, '[part="count"]').textContent!), 'the search never answered', {
    timeout: 10000,
  });
  await el.updateComplete;
  await settle();
}

describe('the finder on a phone (issue #23)', () => {
  afterEach(leavePhone);

  for (const lang of ['en', 'es'] as const) {
    const text = TEXT[lang];
    for (const phone of PHONES) {
      const at = `${lang} ${phone.width}×${phone.height}`;

      it(`${at}: the first result shows under the search box while typing; filters behind one "Filters" button that says how many are on; axe`, async function () {
        this.timeout(30000);
        const el = await openOnPhone<HartResourceFinder>(
          this,
          lang,
          phone,
          html`<hart-resource-finder></hart-resource-finder>`,
        );
        await tapInView(required(el, '#search'));
        await type(el, text.query);
        await expect(el).to.be.accessible();

        // As the browser shows a focused field: just under the sticky head, the keyboard below.
        const head = required(el, '.panel-head').getBoundingClientRect();
        const search = required(el, '#search').getBoundingClientRect();
        const first = required(el, '.result h3').getBoundingClientRect();
        const count = required(el, '[part="count"]').getBoundingClientRect();
        const fromSearch = first.top - search.bottom;
        console.log(
          `MEASURE ${at}: first result at y=${Math.round(first.top - el.getBoundingClientRect().top)} in the finder, ${Math.round(fromSearch)} px below the search box; sticky head ${Math.round(head.height)} px; count ${Math.round(count.top - search.bottom)} px below the search box`,
        );
        expect(count.top - search.bottom, `${at}: the count right under the search box`).to.be.within(0, 24);
        expect(head.height, `${at}: a small sticky head`).to.be.at.most(64);
        // With the keyboard up, what is left of the screen under the sticky head shows the search box and the first result's name.
        expect(
          head.height + search.height + fromSearch + first.height,
          `${at}: search box to first result`,
        ).to.be.at.most(phone.height - KEYBOARD);

        // The filters are one button, said collapsed; the 16 kinds of help are not in the way.
        const toggle = required(el, '.filters-toggle');
        expect(visible(toggle), `${at}: a Filters button`).to.equal(true);
        expect([toggle.textContent!.trim(), toggle.getAttribute('aria-expanded')]).to.deep.equal([
          text.filters,
          'false',
        ]);
        expect($$(el, '.categories input').some(visible), `${at}: checkboxes hidden`).to.equal(false);

        // A tap opens them; ticking a kind of help is counted on the button.
        await tapInView(toggle);
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
        expect($$(el, '.categories input').every(visible), `${at}: checkboxes shown`).to.equal(true);
        await expect(el).to.be.accessible();
        const legal = $$(el, '.categories label').find((label) => label.textContent!.trim() === text.legal)!;
        await tapInView(legal.querySelector('input')!);
        await el.updateComplete;
        expect(legal.querySelector('input')!.checked, `${at}: ticked by a tap`).to.equal(true);
        expect(toggle.textContent!.trim()).to.equal(text.oneOn);

        // The keyboard closes it again (Enter on the button), and the count of filters stays said.
        toggle.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        await settle();
        expect([toggle.getAttribute('aria-expanded'), $$(el, '.categories input').some(visible)]).to.deep.equal([
          'false',
          false,
        ]);
        expect(toggle.textContent!.trim()).to.equal(text.oneOn);
        await expect(el).to.be.accessible();
      });

      it(`${at}: a result card shows the name, what it is and call / text / website first; the rest one tap away; axe`, async function () {
        this.timeout(30000);
        const el = await openOnPhone<HartResourceFinder>(
          this,
          lang,
          phone,
          html`<hart-resource-finder></hart-resource-finder>`,
        );
        const cards = $$(el, '.result');
        const heights = cards.map((card) => card.getBoundingClientRect().height);
        console.log(
          `MEASURE ${at}: result cards ${Math.round(Math.min(...heights))}–${Math.round(Math.max(...heights))} px tall, first ${Math.round(heights[0]!)} px`,
        );
        // The village's card: a phone line and a website.
        const card = cards.find((c) => c.querySelector('#result-the-village-clinical-services'))!;
        const links = [...card.querySelectorAll<HTMLAnchorElement>('.actions a')];
        expect(links.map((a) => a.href.split(':')[0])).to.deep.equal(['tel', 'https']);
        const report = [...card.querySelectorAll<HTMLAnchorElement>('a')].find((a) =>
          a.textContent!.startsWith(text.report),
        )!;
        expect(visible(report), `${at}: "Report a problem" not in the way`).to.equal(false);
        expect(card.getBoundingClientRect().height, `${at}: a compact card`).to.be.at.most(
          phone.width === 320 ? 360 : 300,
        );
        // The essentials are above the fold of the card: its call link within its first 300 px.
        expect(links[0]!.getBoundingClientRect().bottom - card.getBoundingClientRect().top).to.be.at.most(300);

        const more = card.querySelector<HTMLButtonElement>('.details-toggle')!;
        expect([
          more.textContent!.replace(/\s+/g, ' ').trim().startsWith(text.details),
          more.getAttribute('aria-expanded'),
        ]).to.deep.equal([true, 'false']);
        await tapInView(more);
        await el.updateComplete;
        await settle();
        expect(more.getAttribute('aria-expanded')).to.equal('true');
        expect(visible(report), `${at}: "Report a problem" after the tap`).to.equal(true);
        expect(card.textContent).to.contain(lang === 'es' ? 'Para quién:' : 'Who:');
        await expect(el).to.be.accessible();
        // And by keyboard: Enter closes it.
        more.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect([more.getAttribute('aria-expanded'), visible(report)]).to.deep.equal(['false', false]);
        await expect(el).to.be.accessible();
      });
    }
  }

  it("at 1280×800, the filters and every card's details show without a tap (no Filters button)", async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await fixture<HartResourceFinder>(html`<hart-resource-finder></hart-resource-finder>`);
    await el.updateComplete;
    expect(visible(required(el, '.filters-toggle'))).to.equal(false);
    expect($$(el, '.categories input').every(visible)).to.equal(true);
    expect(visible(required(el, '.details-toggle'))).to.equal(false);
    expect($$(el, '.result .details').every(visible)).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
