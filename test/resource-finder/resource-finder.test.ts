// <hart-resource-finder>: what a person finds by reading, typing and filtering; no dead ends.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '../support/commands.js';
import '../../packages/elements/src/hart-resource-finder.js';
import { HartResourceFinder } from '../../packages/elements/src/resource-finder/resource-finder.js';
import { captureConsole } from '../support/quick-exit.js';
import { resetLocale, setPageLang } from '../support/locale.js';
import { $, root } from '../support/dom.js';
import { names, ids, type, waitForCount } from './finder-helpers.js';

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

  it('uses report-email for the problem report', async () => {
    const el = await fixture<HartResourceFinder>(
      html`<hart-resource-finder report-email="listings@partner.example" category="mentoring"></hart-resource-finder>`,
    );
    expect([...root(el).querySelectorAll('.result a')].map((a) => a.getAttribute('href'))).to.include(
      'mailto:listings@partner.example?subject=Problem%20with%20HART%20listing%20klingberg-we-matter',
    );
  });
});
