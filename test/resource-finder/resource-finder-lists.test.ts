// <hart-resource-finder>: the list it searches: 5,000 services, a src list, one set by script, a slow
// load replaced; quick exit within reach, storage, and axe.
import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '../support/commands.js';
import '../../packages/elements/src/hart-resource-finder.js';
import { HartResourceFinder } from '../../packages/elements/src/resource-finder/resource-finder.js';
import type { HartErrorEvent } from '../../packages/elements/src/shared/events.js';
import { generateResources } from '../../bench/generate.js';
import { resources as embeddedList } from '../../packages/sdk/src/data/resources.js';
// The element's own search module (the same instance), whose index a test can wait on.
import { prepareSearchIndex } from '@ct-hart/sdk/search';
import { captureConsole } from '../support/quick-exit.js';
import { resetLocale, setPageLang } from '../support/locale.js';
import { holdFetch } from '../support/held-fetch.js';
import { $, root } from '../support/dom.js';
import { names, ids, type } from './finder-helpers.js';

describe('<hart-resource-finder>', () => {
  afterEach(() => resetLocale());

  it('lists 5,000 services at once, and indexes them in steps when someone searches', async function () {
    // Two languages, each indexing 5,000 services in steps that yield to the page: long on a busy
    // 2-core machine; how fast it is belongs to `npm run bench`, not to this test.
    this.timeout(40000);
    for (const lang of ['en', 'es']) {
      await setPageLang(lang);
      const el = await fixture<HartResourceFinder>(html`<hart-resource-finder></hart-resource-finder>`);
      el.resources = generateResources(5000);
      await el.updateComplete;
      // Before anyone types, the list needs no index: it shows in the same update.
      expect(root(el).querySelectorAll('.result'), `${lang}: listed at once`).to.have.length(10);
      expect($(el, '[part="count"]')!.textContent).to.equal(lang === 'es' ? '5000 servicios' : '5,000 services');
      // A word needs the index, which is not built in the same task as the keystroke.
      const input = $<HTMLInputElement>(el, '#search')!;
      input.focus();
      input.value = 'mentoring';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await el.updateComplete;
      expect($(el, '[part="count"]')!.textContent, lang).to.equal(
        lang === 'es' ? 'Cargando los servicios…' : 'Loading the services…',
      );
      expect(root(el).querySelectorAll('.result')).to.have.length(0);
      await expect(el, `${lang}: while indexing`).to.be.accessible();
      // More words typed meanwhile wait for the same index, then show.
      await type(el, ' hartford');
      await waitUntil(() => root(el).querySelectorAll('.result').length === 10, 'results after indexing', {
        timeout: 10000,
      });
      expect(root(el).activeElement?.id, 'focus stays in the search box').to.equal('search');
      // A newer list set while one is indexing wins.
      const longList = generateResources(3000);
      el.resources = longList;
      await el.updateComplete;
      el.resources = embeddedList;
      await el.updateComplete;
      // The embedded services have no mentoring in Hartford: that is what a person sees, not the
      // generated list's ten mentors there.
      const nothingFound = lang === 'es' ? 'No se encontraron servicios' : 'No services found';
      await waitUntil(() => $(el, '[part="count"]')!.textContent === nothingFound, 'the short list is searched');
      // Had the long list's indexing not been dropped, it would be done once its index is: build
      // that index here (in steps, as the element does) and look again after it, no sleep.
      await prepareSearchIndex(longList, lang as 'en' | 'es');
      await el.updateComplete;
      await nextFrame();
      expect($(el, '[part="count"]')!.textContent, `${lang}: the newest list's count`).to.equal(nothingFound);
      expect(names(el), `${lang}: the newest list's results`).to.deep.equal([]);
    }
  });

  it('pages 5,000 services instead of rendering them all', async () => {
    const el = await fixture<HartResourceFinder>(html`<hart-resource-finder></hart-resource-finder>`);
    el.resources = generateResources(5000);
    await el.updateComplete;
    // Issue #12: a long list is indexed in short steps; results show when the index is ready.
    await waitUntil(() => root(el).querySelectorAll('.result').length > 0, 'results after indexing', {
      timeout: 10000,
    });
    expect(root(el).querySelectorAll('.result')).to.have.length(10);
    expect($(el, '[part="count"]')!.textContent).to.equal('5,000 services');
    const more = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Show more')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await nextFrame();
    expect(root(el).querySelectorAll('.result')).to.have.length(20);
    expect(root(el).activeElement, 'focus on the first new result').to.equal(
      root(el).querySelectorAll('.result h3')[10],
    );
    await type(el, 'hartford');
    expect(root(el).querySelectorAll('.result')).to.have.length(10, 'a new search starts from the first page');
  });

  describe('src', () => {
    it('loads an Open Referral HSDS 3.0 export', async () => {
      const el = await fixture<HartResourceFinder>(
        html`<hart-resource-finder src="/test/fixtures/hsds-services.json"></hart-resource-finder>`,
      );
      await waitUntil(() => names(el).includes('Youth Housing Program'), 'HSDS services shown', { timeout: 5000 });
      expect(names(el)).to.deep.equal(['Youth Housing Program'], 'the defunct service is left out');
      expect(root(el).textContent).to.contain('Ages 16–24').and.contain('New Haven');
    });

    const failures: [string, string, RegExp][] = [
      ['an invalid list', '/test/fixtures/invalid-quiz.json', /does not match the schema/],
      ['a 404', '/test-endpoint/status/404', /HTTP 404/],
      ['a body that is not JSON', '/test-endpoint/not-json', /not valid JSON/],
      ['an http: URL elsewhere', 'http://example.org/list.json', /must be an https: URL/],
    ];
    for (const [label, src, problem] of failures) {
      it(`on ${label}: the embedded list, one line saying so, the problem in the console and a hart-error`, async () => {
        const errors = captureConsole('error');
        try {
          const el = document.createElement('hart-resource-finder') as HartResourceFinder;
          el.setAttribute('src', src);
          const event = oneEvent(el, 'hart-error') as Promise<HartErrorEvent>;
          document.body.append(el);
          expect((await event).message).to.match(problem);
          await el.updateComplete;
          expect(errors.lines.join('\n')).to.match(problem);
          expect($(el, '.notice')!.textContent).to.equal(
            "The list for this page could not be loaded, so HART's own list is shown.",
          );
          // Issue #14: hotlines first, then the data's own order (it was name order).
          expect(ids(el)[0]).to.equal('national-human-trafficking-hotline');
          expect($(el, '[part="count"]')!.textContent).to.equal('16 services');
          el.remove();
        } finally {
          errors.restore();
        }
      });
    }
  });

  it('checks a list set by script like a src list: no javascript: URL or mailto injection reaches an href, and a hart-error', async () => {
    const [base] = generateResources(1);
    const hostile = [
      {
        ...base!,
        id: 'hostile',
        url: 'javascript:alert(document.domain)',
        email: 'help@x.example?bcc=someone%40evil.example&body=hi',
      },
    ];
    const errors = captureConsole('error');
    try {
      const el = document.createElement('hart-resource-finder') as HartResourceFinder;
      const event = oneEvent(el, 'hart-error') as Promise<HartErrorEvent>;
      el.resources = hostile as never;
      document.body.append(el);
      await el.updateComplete;
      const hrefs = () => [...root(el).querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
      expect(
        hrefs().filter((href) => /^javascript:|bcc=/i.test(href)),
        'before the check has loaded',
      ).to.deep.equal([]);
      const error = await event;
      expect(error.code).to.equal('invalid-data');
      expect(error.message).to.match(/resources: \[0\]\.(url|email)/);
      await waitUntil(() => root(el).querySelectorAll('.result').length > 1, 'the embedded list is shown instead');
      expect(hrefs().filter((href) => /^javascript:|bcc=/i.test(href))).to.deep.equal([]);
      el.remove();
    } finally {
      errors.restore();
    }
  });

  it('checks a long list set by script in steps, and names the bad entry by its place in the whole list', async () => {
    const list = generateResources(1000);
    list[600] = { ...list[600]!, url: 'javascript:alert(1)' };
    const errors = captureConsole('error');
    try {
      const el = document.createElement('hart-resource-finder') as HartResourceFinder;
      const event = oneEvent(el, 'hart-error') as Promise<HartErrorEvent>;
      el.resources = list;
      document.body.append(el);
      const error = await event;
      expect(error.code).to.equal('invalid-data');
      expect(error.message).to.match(/resources: \[600\]\.url: must be an https:/);
      await waitUntil(
        () => $(el, '[part="count"]')!.textContent === '16 services',
        'the embedded list is shown instead',
      );
      el.remove();
    } finally {
      errors.restore();
    }
  });

  describe('quick exit within reach (issue #14: it came after 46 tab stops, screens down on a phone)', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));
    const inViewport = (element: Element) => {
      const r = element.getBoundingClientRect();
      return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && r.height > 0;
    };

    it('is the first tab stop in the finder, in en and es', async () => {
      for (const lang of ['en', 'es']) {
        await setPageLang(lang);
        const before = document.createElement('button');
        before.textContent = 'before';
        const el = await fixture<HartResourceFinder>(html`<div></div>`);
        const finder = document.createElement('hart-resource-finder') as HartResourceFinder;
        el.append(before, finder);
        await finder.updateComplete;
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(root(finder).activeElement?.getAttribute('part'), lang).to.equal('exit-button');
        expect(root(finder).activeElement?.textContent, lang).to.equal(lang === 'es' ? 'Salida rápida' : 'Quick exit');
      }
    });

    for (const [width, height] of [
      [320, 568],
      [375, 667],
      [568, 320],
      [667, 375],
    ] as const) {
      it(`stays on screen at ${width}×${height} while the person scrolls and tabs through the results, en and es`, async () => {
        await setViewport({ width, height });
        for (const lang of ['en', 'es']) {
          await setPageLang(lang);
          const el = await fixture<HartResourceFinder>(
            html`<hart-resource-finder page-size="50"></hart-resource-finder>`,
          );
          const exit = $(el, '[part="exit-button"]')!;
          el.scrollIntoView();
          expect(inViewport(exit), `${lang}: at the top of the widget`).to.equal(true);
          // Deep in the list: the 12th service's first link, many screens down.
          // Only what is on screen: on a phone, a card's details (and its "Report a problem") are behind its "Who, where, how" button (issue #23).
          const shown = (a: HTMLElement) => a.getClientRects().length > 0;
          const link = [...root(el).querySelectorAll('.result')[11]!.querySelectorAll('a')].find(shown)!;
          link.focus();
          await nextFrame();
          expect(link.getBoundingClientRect().top, `${lang}: scrolled down`).to.be.greaterThan(0);
          expect(scrollY, `${lang}: the page scrolled`).to.be.greaterThan(height);
          expect(inViewport(exit), `${lang}: quick exit still on screen`).to.equal(true);
          // Shift+Tab to a link just above the viewport: the browser scrolls it into view, and it
          // must land under the sticky exit line, not behind it (WCAG 2.4.11). Chromium centres
          // what it scrolls to; the styles' scroll-margin-top covers browsers that align to the edge.
          const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.result a, .result button')].filter(shown);
          for (const k of [30, 20, 12]) {
            links[k]!.focus({ preventScroll: true });
            // Whole pixels: Firefox scrolls by whole pixels, and a fractional bottom would stay half on screen.
            window.scrollBy(0, Math.ceil(links[k - 1]!.getBoundingClientRect().bottom) + 1);
            await nextFrame();
            expect(
              links[k - 1]!.getBoundingClientRect().bottom,
              `${lang}: link ${k - 1} starts above the viewport`,
            ).to.be.at.most(0);
            await sendKeys({ down: 'Shift' });
            await sendKeys({ press: 'Tab' });
            await sendKeys({ up: 'Shift' });
            await nextFrame();
            expect(root(el).activeElement, `${lang}: Shift+Tab reached link ${k - 1}`).to.equal(links[k - 1]);
            const head = $(el, '.panel-head')!.getBoundingClientRect();
            const focused = links[k - 1]!.getBoundingClientRect();
            expect(focused.top, `${lang}: link ${k - 1} not behind the exit line`).to.be.at.least(head.bottom - 1);
            expect(inViewport(exit), `${lang}: quick exit on screen`).to.equal(true);
          }
          window.scrollTo(0, 0);
        }
      });
    }
  });

  it('cancels a slow src load when src changes, so only the newest list shows and no stale error is reported', async () => {
    const errors = captureConsole('error');
    // The older list never answers unless the finder aborts it: nothing else can arrive later.
    const held = holdFetch('/invalid-quiz.json');
    try {
      const el = await fixture<HartResourceFinder>(
        html`<hart-resource-finder src="/test/fixtures/invalid-quiz.json"></hart-resource-finder>`,
      );
      let reported = 0;
      el.addEventListener('hart-error', () => reported++);
      await waitUntil(() => held.signals.length === 1, 'the older load started');
      el.src = '/test/fixtures/hsds-services.json';
      await waitUntil(() => names(el).includes('Youth Housing Program'), 'the newer list is shown', { timeout: 5000 });
      expect(held.signals[0]?.aborted, 'the older request was aborted').to.equal(true);
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Youth Housing Program'], 'the slow, older answer did not replace it');
      expect(reported, 'the older list was never checked').to.equal(0);
      expect($(el, '.notice')).to.equal(null);
    } finally {
      held.restore();
      errors.restore();
    }
  });

  it('stores nothing and asks for no location', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const el = await fixture<HartResourceFinder>(html`<hart-resource-finder></hart-resource-finder>`);
    await type(el, 'housing');
    expect(localStorage.length + sessionStorage.length).to.equal(0);
  });

  describe('accessibility (axe)', () => {
    for (const lang of ['en', 'es']) {
      it(`initial, results, empty and error states in ${lang}`, async () => {
        await setPageLang(lang);
        const el = await fixture<HartResourceFinder>(html`<hart-resource-finder></hart-resource-finder>`);
        await expect(el, 'initial').to.be.accessible();
        await type(el, 'legal');
        await expect(el, 'results').to.be.accessible();
        await type(el, 'qwertyuiop');
        await expect(el, 'empty').to.be.accessible();
        const errors = captureConsole('error');
        const failed = await fixture<HartResourceFinder>(
          html`<hart-resource-finder src="/test-endpoint/status/500"></hart-resource-finder>`,
        );
        await waitUntil(() => $(failed, '.notice'), 'error notice', { timeout: 5000 });
        errors.restore();
        await expect(failed, 'error').to.be.accessible();
        if (lang === 'es') {
          const text = root(el).textContent!;
          for (const english of ['Search', 'Find a service', 'Clear filters', 'Kind of help', 'Call ', 'No service'])
            expect(text, english).not.to.contain(english);
        }
      });
    }
  });
});
