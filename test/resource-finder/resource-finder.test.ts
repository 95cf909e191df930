import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '../support/commands.js';
import '../../packages/elements/src/hart-resource-finder.js';
import { HartResourceFinder, ANNOUNCE_DELAY_MS } from '../../packages/elements/src/resource-finder/resource-finder.js';
import type { HartErrorEvent } from '../../packages/elements/src/shared/events.js';
import { generateResources } from '../../bench/generate.js';
import { resources as embeddedList } from '../../packages/sdk/src/data/resources.js';
// The element's own search module (the same instance), whose index a test can wait on.
import { prepareSearchIndex } from '@ct-hart/sdk/search';
import { captureConsole } from '../support/quick-exit.js';
import { resetLocale, setPageLang } from '../support/locale.js';
import { holdFetch } from '../support/held-fetch.js';
import { $, root } from '../support/dom.js';

const names = (el: HTMLElement) => [...root(el).querySelectorAll('.result h3')].map((h) => h.textContent!.trim());
const ids = (el: HTMLElement) =>
  [...root(el).querySelectorAll('.result article')].map((a) =>
    a.getAttribute('aria-labelledby')!.replace('result-', ''),
  );
const status = (el: HTMLElement) => [...root(el).querySelectorAll('[role="status"]')][0]!.textContent!.trim();

const LOADING = ['Loading the services…', 'Cargando los servicios…'];

/** Types into the search box, then waits for the search engine (fetched at idle) to have answered. */
async function type(el: HartResourceFinder, text: string) {
  $<HTMLInputElement>(el, '#search')!.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
  await waitUntil(() => !LOADING.includes($(el, '[part="count"]')!.textContent!), 'the search never answered', {
    timeout: 10000,
  });
  await el.updateComplete;
}

async function waitForCount(el: HartResourceFinder, expected: string) {
  await waitUntil(() => status(el) === expected, `live region says "${status(el)}", expected "${expected}"`, {
    timeout: ANNOUNCE_DELAY_MS * 4,
  });
}

describe('<hart-resource-finder>', () => {
  afterEach(() => resetLocale());

  it('lists the embedded services by name, each with what a person needs to act', async () => {
    const el = await fixture<HartResourceFinder>(html`<hart-resource-finder page-size="50"></hart-resource-finder>`);
    expect(names(el).length).to.equal(16);
    const weMatter = root(el).querySelector('#result-klingberg-we-matter')!.closest('article')!;
    const text = weMatter.textContent!.replace(/\s+/g, ' ');
    expect(text)
      .to.contain('We Matter! 1:1 mentoring')
      .and.contain('Klingberg Family Centers')
      .and.contain('Ages 14–21');
    expect(text).to.contain('Referral through the DCF HART liaison').and.contain('Last verified: March 1, 2024');
    const links = [...weMatter.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.include('tel:+18608325519');
    expect(links).to.include('mailto:DCFHART@ct.gov?subject=Problem%20with%20HART%20listing%20klingberg-we-matter');
    const ciri = root(el).querySelector('#result-ciri-project-rescue')!.closest('article')!;
    const website = [...ciri.querySelectorAll('a')].find((a) => a.href.startsWith('https://cirict.org'))!;
    // Issue #14: the same tab by default, so quick exit leaves no tab behind; no Referer either way.
    expect(website.target).to.equal('');
    expect(website.rel).to.contain('noreferrer');
    expect([...ciri.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include(
      'mailto:projrescue@iiconn.org',
    );
  });

  it('offers text as well as call for the national hotline', async () => {
    const el = await fixture<HartResourceFinder>(
      html`<hart-resource-finder category="hotline"></hart-resource-finder>`,
    );
    const hrefs = [...root(el).querySelectorAll('.result a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('tel:+18883737888');
    expect(hrefs).to.include('sms:233733');
  });

  it('searches as you type, keeping focus in the search box', async () => {
    const el = await fixture<HartResourceFinder>(html`<hart-resource-finder></hart-resource-finder>`);
    await type(el, 'legal');
    expect(names(el)[0]).to.equal('Civil legal help for trafficking survivors');
    expect(root(el).activeElement?.id).to.equal('search');
  });

  it('finds Spanish words whatever the accents and case', async () => {
    await setPageLang('es');
    const el = await fixture<HartResourceFinder>(html`<hart-resource-finder></hart-resource-finder>`);
    await type(el, 'VIVÍENDA');
    expect(ids(el)).to.include.members(['ciri-project-rescue', 'salvation-army-bloom']);
    await waitForCount(el, `${ids(el).length} servicios`);
  });

  it('announces the count in a polite live region once typing pauses', async () => {
    const el = await fixture<HartResourceFinder>(html`<hart-resource-finder></hart-resource-finder>`);
    const region = [...root(el).querySelectorAll('[role="status"]')][0]!;
    await type(el, 'lgbtq');
    await waitForCount(el, '1 service');
    expect(region.isConnected).to.equal(true);
    // Issue #12: a service matching some of the words still shows (after those matching all), so
    // "No services found" needs words that match nothing.
    $<HTMLInputElement>(el, '#search')!.select();
    await type(el, 'qwertyuiop');
    await waitForCount(el, 'No services found');
  });

  it('filters by category (several), age, region or town, and language, and combines them', async () => {
    const el = await fixture<HartResourceFinder>(html`<hart-resource-finder page-size="50"></hart-resource-finder>`);
    const checkbox = (label: string) =>
      [...root(el).querySelectorAll('.categories label')]
        .find((l) => l.textContent!.trim() === label)!
        .querySelector('input')!;
    checkbox('Mentoring').click();
    checkbox('Legal help').click();
    await el.updateComplete;
    expect(ids(el).sort()).to.deep.equal(['ciri-project-rescue', 'connecticut-legal-services', 'klingberg-we-matter']);
    const age = $<HTMLInputElement>(el, '#age')!;
    age.focus();
    await sendKeys({ type: '12' });
    await el.updateComplete;
    expect(ids(el).sort()).to.deep.equal(
      ['ciri-project-rescue', 'connecticut-legal-services'],
      'We Matter! starts at 14',
    );
    const region = $<HTMLSelectElement>(el, '#region')!;
    region.value = 'Waterbury';
    region.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(ids(el).sort()).to.deep.equal(
      ['ciri-project-rescue', 'connecticut-legal-services'],
      'statewide services serve Waterbury',
    );
    const language = $<HTMLSelectElement>(el, '#language')!;
    language.value = 'es';
    language.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal([]);
    expect($(el, '.empty')).not.to.equal(null);
  });

  it('presets the filters from attributes', async () => {
    const el = await fixture<HartResourceFinder>(
      html`<hart-resource-finder category="mentoring" age="16" region="region-5" language="en"></hart-resource-finder>`,
    );
    expect(ids(el)).to.deep.equal(['klingberg-we-matter']);
    expect($<HTMLInputElement>(el, '#age')!.value).to.equal('16');
    expect($<HTMLSelectElement>(el, '#region')!.value).to.equal('region-5');
    expect($<HTMLSelectElement>(el, '#language')!.value).to.equal('en');
  });

  it('reports attributes it cannot use and ignores them', async () => {
    const errors = captureConsole('error');
    try {
      const el = await fixture<HartResourceFinder>(
        html`<hart-resource-finder category="mentoring pirates" age="old"></hart-resource-finder>`,
      );
      expect(errors.lines.join('\n'))
        .to.contain('category: unknown "pirates"')
        .and.contain('age="old" is not a whole number');
      expect(ids(el)).to.deep.equal(['klingberg-we-matter']);
    } finally {
      errors.restore();
    }
  });

  it('"Clear filters" brings everything back and returns to the search box', async () => {
    const el = await fixture<HartResourceFinder>(
      html`<hart-resource-finder category="legal" page-size="50"></hart-resource-finder>`,
    );
    await type(el, 'zzz');
    expect(names(el)).to.deep.equal([]);
    [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Clear filters')!.click();
    await el.updateComplete;
    expect(names(el).length).to.equal(16);
    expect(root(el).activeElement?.id).to.equal('search');
  });

  it('shows the hotlines when nothing matches', async () => {
    const el = await fixture<HartResourceFinder>(html`<hart-resource-finder></hart-resource-finder>`);
    await type(el, 'qwertyuiop');
    const empty = $(el, '.empty')!;
    expect(empty.textContent).to.contain('You can always call or text');
    // Issue #14: the line's name and its links are read once each ("Emergency: Call 911", not "Emergency: 911: Call 911").
    expect(empty.textContent!.replace(/\s+/g, ' ')).to.contain('Emergency: Call 911').and.not.contain('911: Call');
    expect([...empty.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include.members([
      'tel:911',
      'tel:+18883737888',
      'tel:+18008422288',
    ]);
  });

  describe('no dead ends (issue #12)', () => {
    for (const lang of ['en', 'es']) {
      it(`offers "Did you mean", the kinds of help as one-tap choices and the hotlines, in ${lang}`, async () => {
        await setPageLang(lang);
        const el = await fixture<HartResourceFinder>(html`<hart-resource-finder></hart-resource-finder>`);
        await type(el, 'trafikin');
        expect(names(el)).to.deep.equal([]);
        const suggestion = $<HTMLButtonElement>(el, '.did-you-mean button')!;
        expect($(el, '.did-you-mean')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
          lang === 'es' ? 'Quizás quiso decir: trafficking' : 'Did you mean: trafficking',
        );
        const chips = [...root(el).querySelectorAll<HTMLButtonElement>('.chips button')];
        expect(chips.map((b) => b.textContent!.trim()))
          .to.include(lang === 'es' ? 'Ayuda legal' : 'Legal help')
          .and.include(lang === 'es' ? 'Vivienda' : 'Housing');
        expect($(el, '.chips')!.getAttribute('aria-labelledby')).to.equal('choose-kind');
        expect($(el, '#choose-kind')!.textContent).to.equal(
          lang === 'es' ? 'O elija un tipo de ayuda' : 'Or choose a kind of help',
        );
        expect([...root(el).querySelectorAll('.empty .help a')].map((a) => a.getAttribute('href'))).to.include.members([
          'tel:911',
          'tel:+18883737888',
        ]);
        await expect(el, 'empty state').to.be.accessible();
        // The suggestion by keyboard: it searches for it, and focus stays in the search box.
        suggestion.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect($<HTMLInputElement>(el, '#search')!.value).to.equal('trafficking');
        expect(names(el).length).to.be.greaterThan(0);
        expect(root(el).activeElement?.id).to.equal('search');
        expect($(el, '[part="count"]')!.textContent).to.match(lang === 'es' ? /^\d+ servicios$/ : /^\d+ services$/);
        await waitForCount(el, $(el, '[part="count"]')!.textContent!);
      });
    }

    it('a kind of help tapped in the empty state shows that category, from its first service', async () => {
      const el = await fixture<HartResourceFinder>(html`<hart-resource-finder></hart-resource-finder>`);
      await type(el, 'qwertyuiop');
      expect($(el, '.did-you-mean'), 'nothing close to suggest').to.equal(null);
      [...root(el).querySelectorAll<HTMLButtonElement>('.chips button')]
        .find((b) => b.textContent!.trim() === 'Legal help')!
        .click();
      await el.updateComplete;
      await nextFrame();
      expect($<HTMLInputElement>(el, '#search')!.value).to.equal('');
      expect(ids(el)).to.include('connecticut-legal-services');
      const legal = [...root(el).querySelectorAll<HTMLInputElement>('.categories input')].find(
        (input) => input.parentElement!.textContent!.trim() === 'Legal help',
      )!;
      expect(legal.checked, 'the Legal filter is ticked').to.equal(true);
      expect(root(el).activeElement, 'focus on the first service').to.equal(root(el).querySelector('.result h3'));
    });

    it('finds what people type: everyday words, misspellings and a town, en and es', async () => {
      const el = await fixture<HartResourceFinder>(html`<hart-resource-finder></hart-resource-finder>`);
      await type(el, 'shleter');
      expect(ids(el)).to.include('salvation-army-bloom');
      await setPageLang('es');
      $<HTMLInputElement>(el, '#search')!.select();
      await type(el, 'abogado');
      expect(ids(el).slice(0, 5)).to.include('connecticut-legal-services');
    });
  });

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

  it('can be used with the keyboard alone: search, tick a category, reach the results', async () => {
    const el = await fixture<HartResourceFinder>(html`<hart-resource-finder></hart-resource-finder>`);
    $<HTMLInputElement>(el, '#search')!.focus();
    await sendKeys({ type: 'klingberg' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.getAttribute('type')).to.equal('checkbox');
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'Tab' }); // housing … mentoring
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['klingberg-we-matter']);
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

  it("new-tab opens websites in a new tab and says so, visibly and in the link's name", async () => {
    const el = await fixture<HartResourceFinder>(
      html`<hart-resource-finder new-tab category="immigration"></hart-resource-finder>`,
    );
    const website = [...root(el).querySelectorAll<HTMLAnchorElement>('.result a')].find((a) =>
      a.href.startsWith('https://cirict.org'),
    )!;
    expect(website.target).to.equal('_blank');
    expect(website.rel).to.equal('noopener noreferrer');
    expect(website.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Website: Project Rescue, Anti-Human Trafficking Program (opens in a new tab)',
    );
    expect(website.innerText).to.contain('(opens in a new tab)');
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

  it('uses report-email for the problem report', async () => {
    const el = await fixture<HartResourceFinder>(
      html`<hart-resource-finder report-email="listings@partner.example" category="mentoring"></hart-resource-finder>`,
    );
    expect([...root(el).querySelectorAll('.result a')].map((a) => a.getAttribute('href'))).to.include(
      'mailto:listings@partner.example?subject=Problem%20with%20HART%20listing%20klingberg-we-matter',
    );
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
