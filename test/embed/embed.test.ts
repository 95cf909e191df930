// Issue #7: the widgets on real partner pages, in the engine HART_ENGINE names (chromium, firefox,
// webkit; test/support/engine.ts). Each page under test/embed/ loads the built CDN bundle or the npm
// modules the way a partner would; `npm test` builds them first (`npm run build && npm run build:embed`).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ENGINE, launch, type Context, type Engine, type Page } from '../support/engine.js';
import { hotlines } from '../../packages/sdk/src/data/hotlines.js';
import { quiz as youthQuiz } from '../../packages/sdk/src/data/quizzes/youth-online-safety.js';
import { STRICT_CSP, serveEmbedPages } from './server.js';

let server: Awaited<ReturnType<typeof serveEmbedPages>>;
let browser: Engine;

before(async () => {
  server = await serveEmbedPages();
  browser = await launch(server);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const TAGS = ['hart-help-banner', 'hart-red-flag-quiz', 'hart-resource-finder', 'hart-training-request'] as const;

/** A page (in `context`, or a fresh one) that records uncaught errors and console errors. */
async function open(path: string, context?: Context): Promise<{ page: Page; errors(): Promise<string[]> }> {
  const page = await (context ?? (await browser.newContext())).newPage();
  await page.goto(`${server.url}${path}`);
  await waitForWidgets(page);
  return { page, errors: () => page.errors() };
}

/** What a page sent to the server's /__engine/report?kind=… (it survives the page leaving), once `expected` have. */
function reports(kind: string, expected: number): Promise<string[]> {
  return server.reportsOf(kind, expected);
}

/** Every HART element on the page is defined and has rendered its shadow root. */
async function waitForWidgets(page: Page, selector = TAGS.join(', ')): Promise<void> {
  await page.waitForFunction(
    (sel) =>
      [...document.querySelectorAll(sel)].every(
        (el) => customElements.get(el.localName) && el.shadowRoot?.childElementCount,
      ),
    selector,
  );
  await page.waitForFunction(
    () =>
      document.querySelector('hart-red-flag-quiz')?.shadowRoot?.querySelector('fieldset') ??
      !document.querySelector('hart-red-flag-quiz'),
  );
}

/** Uses every widget the way a visitor would (the driver's CSS selectors pierce open shadow roots). */
async function useEveryWidget(page: Page): Promise<void> {
  // Quiz: answer the first question.
  const first = youthQuiz.questions[0]!;
  await page.locator(`hart-red-flag-quiz #choice-${first.correct[0]}`).check();
  await page.locator('hart-red-flag-quiz button[type="submit"]').click();
  await page.locator('hart-red-flag-quiz #next').waitFor();
  // Finder: search.
  await page.locator('hart-resource-finder input[type="search"]').fill('housing');
  await page.waitForFunction(() =>
    /housing|vivienda/i.test(document.querySelector('hart-resource-finder')?.shadowRoot?.textContent ?? ''),
  );
  // Form: fill it in and compose the email (no endpoint by default).
  await fillTrainingRequest(page);
  await page.locator('hart-training-request #submit').click();
  await page.locator('hart-training-request #result-heading').waitFor();
}

async function fillTrainingRequest(page: Page, scope = 'hart-training-request'): Promise<void> {
  const form = page.locator(scope);
  await form.locator('#organization').fill('Harbor Inn');
  await form.locator('#contactName').fill('Ana Rivera');
  await form.locator('#email').fill('ana@example.org');
  await form.locator('#town').fill('New London');
  await form.locator('#audience-lodging-staff').check();
  await form.locator('#curriculumId-intro-ht-lodging').check();
  await form.locator('#estimatedAttendees').fill('30');
  await form.locator('#format-in-person').check();
}

async function completeQuiz(page: Page): Promise<void> {
  for (const question of youthQuiz.questions) {
    for (const id of question.correct) await page.locator(`hart-red-flag-quiz #choice-${id}`).check();
    await page.locator('hart-red-flag-quiz button[type="submit"]').click();
    await page.locator('hart-red-flag-quiz #next').click();
  }
  await page.locator('hart-red-flag-quiz #results-heading').waitFor();
}

describe('embed: strict Content-Security-Policy with Trusted Types', () => {
  it('renders and uses all four widgets, a custom quiz and quick exit with zero securitypolicyviolation events', async () => {
    const context = await browser.newContext();
    await browser.answerHttps(context, '<!doctype html><title>Search</title>');
    server.reports.delete('csp');
    const { page, errors } = await open('/test/embed/strict-csp.html', context);
    const csp = (await fetch(`${server.url}/test/embed/strict-csp.html`)).headers.get('content-security-policy');
    assert.equal(csp, STRICT_CSP);
    await useEveryWidget(page);
    // A custom quiz from `src` loads the zod validator: its `new Function` probe must not fire.
    // (The form's validator, also zod, was loaded when the form was filled in above.)
    await page.evaluate(() => {
      const quiz = document.createElement('hart-red-flag-quiz');
      quiz.setAttribute('src', '/test/fixtures/custom-quiz.json');
      document.body.append(quiz);
    });
    await page.waitForFunction(() =>
      document.querySelectorAll('hart-red-flag-quiz')[1]?.shadowRoot?.querySelector('fieldset'),
    );
    assert.equal(
      await page.locator('hart-training-request #result-heading').textContent(),
      'Send your request by email',
    );
    assert.deepEqual(
      await page.evaluate(() => (window as unknown as { hartEmbedViolations?: string[] }).hartEmbedViolations ?? []),
      [],
    );
    // Quick exit: its overlay is styled through the CSSOM, which style-src allows.
    const errorsBeforeExit = await errors();
    const left = page.waitForURL(/^https:/);
    await page.locator('hart-help-banner [part="exit-button"]').click();
    await left;
    // csp-watch.js beacons each violation to the server, so those on the way out count too.
    await reports('csp-end', 1);
    assert.deepEqual(await reports('csp', 0), []);
    assert.deepEqual(errorsBeforeExit, []);
    await context.close();
  });
});

describe('embed: several HART bundles on one strict-CSP page (issue #16)', () => {
  // Each bundle carries Lit, and each copy of Lit asks for the Trusted Types policy `lit-html`,
  // which the CSP allows once: the second bundle used to fail to load, in either order.
  for (const order of ['finder-first', 'elements-first']) {
    it(`${order}: every widget upgrades and works, with no violation and no error`, async () => {
      const context = await browser.newContext();
      server.reports.delete('csp');
      const { page, errors } = await open(`/test/embed/strict-csp-${order}.html`, context);
      const csp = (await fetch(`${server.url}/test/embed/strict-csp-${order}.html`)).headers.get(
        'content-security-policy',
      );
      assert.equal(csp, STRICT_CSP);
      await useEveryWidget(page);
      assert.deepEqual(
        await page.evaluate(() => (window as unknown as { hartEmbedViolations?: string[] }).hartEmbedViolations ?? []),
        [],
      );
      assert.deepEqual(await reports('csp', 0), []);
      // The browser's own request for /favicon.ico (this host page has none) is not ours.
      const seen = await errors();
      assert.deepEqual(
        seen.filter((e) => !/status of 404/.test(e)),
        [],
      );
      assert.equal(seen.length <= 1, true, seen.join('\n'));
      await context.close();
    });
  }
});

describe('embed: no script outside our bundles gets a Trusted Types policy through them (issue #20)', () => {
  // Each bundle's Lit creates a policy of the bundle's own name, and nothing is handed on: a script
  // that runs after them can create none of those names, nor `lit-html`. (An earlier fix gave every
  // later createPolicy('lit-html') Lit's pass-through policy, to any script on the page.)
  for (const [csp, expected] of [
    ['bundle-names', 'both bundles under their own names'],
    ['lit-html', 'the first bundle under lit-html, the directive of earlier versions'],
  ] as const) {
    it(`third-party-policy.html?csp=${csp}: the widgets render (${expected}); the third-party script's createPolicy throws for every name`, async () => {
      const context = await browser.newContext();
      const page_ = await context.newPage();
      await page_.goto(`${server.url}/test/embed/third-party-policy.html?csp=${csp}`);
      await page_.waitForFunction(
        () => (window as unknown as { hartThirdPartyPolicies?: object }).hartThirdPartyPolicies,
      );
      const policies = await page_.evaluate(
        () => (window as unknown as { hartThirdPartyPolicies: Record<string, string> }).hartThirdPartyPolicies,
      );
      assert.deepEqual(policies, {
        'lit-html': 'refused',
        'hart-help-banner': 'refused',
        'hart-resource-finder': 'refused',
      });
      const banner = 'hart-help-banner';
      await waitForWidgets(page_, csp === 'bundle-names' ? TAGS.join(', ') : banner);
      assert.equal(await page_.locator('hart-help-banner [part="exit-button"]').count(), 1);
      if (csp === 'bundle-names') assert.equal(await page_.locator('hart-resource-finder .result').count(), 2);
      await context.close();
    });
  }
});

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

describe('embed: double load', () => {
  it('two copies of the CDN bundle and the npm modules on one page: no error, every element works', async () => {
    const { page, errors } = await open('/test/embed/double-load.html');
    await page.waitForFunction(() => document.documentElement.dataset.npmApp === 'loaded');
    const requested = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname + new URL(e.name).search),
    );
    assert.ok(
      requested.includes('/packages/elements/dist/cdn/hart-elements.js?plugin=b'),
      'the second copy was loaded',
    );
    await useEveryWidget(page);
    // @lit/localize can be configured once per copy; the second copy says so in a warning, not an error.
    assert.deepEqual(await errors(), []);
    await page.context.close();
  });
});

for (const framework of ['react', 'vue'] as const) {
  describe(`embed: ${framework === 'react' ? 'React 19' : 'Vue 3'} host`, () => {
    it('passes attributes and properties, and hears the quiz-complete and form-submit events', async () => {
      const { page, errors } = await open(`/test/embed/dist/${framework}/index.html`);
      // A property set by the framework (an object, which no attribute can carry).
      assert.deepEqual(
        await page.evaluate(
          () =>
            (document.querySelector('hart-training-request') as unknown as { deliveryOptions: unknown })
              .deliveryOptions,
        ),
        { retries: 0, timeoutMs: 5000 },
      );
      // An attribute: lodging mode.
      await page.locator('hart-training-request #curriculumId-intro-ht-lodging').waitFor({ state: 'attached' });
      assert.equal(
        await page.evaluate(
          () =>
            (
              document
                .querySelector('hart-training-request')!
                .shadowRoot!.querySelector('#curriculumId-intro-ht-lodging') as HTMLInputElement
            ).checked,
        ),
        true,
      );
      await completeQuiz(page);
      // The framework re-renders on its own schedule: wait for its output.
      const total = youthQuiz.questions.length;
      await page.waitForFunction(
        (expected) => document.querySelector('#quiz-score')?.textContent === expected,
        `${total} of ${total}`,
        { timeout: 5000 },
      );
      await fillTrainingRequest(page);
      await page.locator('hart-training-request #submit').click();
      await page.waitForFunction(() => document.querySelector('#form-request')?.textContent === 'Harbor Inn');
      // The app cancelled the submit event, so the form composed nothing.
      assert.equal(await page.locator('hart-training-request #result').isHidden(), true);
      assert.deepEqual(await errors(), []);
      await page.context.close();
    });
  });
}

describe('embed: privacy with default attributes', () => {
  it('makes no request beyond the bundle, sets no cookie, writes no storage', async (t) => {
    const context = await browser.newContext();
    const { page, errors } = await open('/test/embed/privacy.html', context);
    await useEveryWidget(page);
    await page.locator('hart-training-request #copy').click();
    // Copied, or (where the clipboard is refused) the text selected for the visitor: either way, done.
    await page.waitForFunction(() =>
      /Copied\. Paste it|The text is selected/.test(
        document.querySelector('hart-training-request')?.shadowRoot?.textContent ?? '',
      ),
    );
    const origin = server.url;
    if (browser.capabilities.requestLog) {
      // The browser itself asks for /favicon.ico; that request is the browser's, not a widget's.
      // A data: URL (Chromium's own date-picker icon) goes nowhere.
      const foreign = page
        .requests()
        .filter(
          (url) =>
            !url.startsWith('data:') &&
            !url.startsWith(`${origin}/packages/elements/dist/cdn/`) &&
            url !== `${origin}/test/embed/privacy.html` &&
            url !== `${origin}/favicon.ico`,
        );
      assert.deepEqual(foreign, [], 'requests other than the page and the bundle (with its chunks)');
    } else {
      t.diagnostic(
        `SKIPPED in ${ENGINE}: the request log (WebDriver classic sees no requests; Chromium and Firefox check it)`,
      );
    }
    assert.deepEqual(await page.cookies(), []);
    const storage = await page.evaluate(async () => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      indexedDB: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
      cookie: document.cookie,
    }));
    assert.deepEqual(storage, { local: [], session: [], indexedDB: [], caches: [], cookie: '' });
    // What the DevTools protocol sees, not only what the page's APIs say.
    if (browser.capabilities.cdp) {
      const cdp = await browser.cdp(page);
      const usage = (await cdp.send('Storage.getUsageAndQuota', { origin })) as {
        usage: number;
        usageBreakdown: { storageType: string; usage: number }[];
      };
      assert.deepEqual(
        usage.usageBreakdown.filter((b) => b.usage > 0),
        [],
      );
    } else {
      t.diagnostic(
        `SKIPPED in ${ENGINE}: Storage.getUsageAndQuota is a DevTools Protocol call (Chromium checks it; the page's storage APIs are checked here)`,
      );
    }
    assert.deepEqual(await errors(), []);
    await context.close();
  });
});

describe('embed: quick exit across widgets', () => {
  it("Shift three times fires once, blanks the page, removes HART keys and leaves the host's keys", async () => {
    const context = await browser.newContext();
    // The exit page is on the internet; answer it locally (where the driver can).
    await browser.answerHttps(context, '<!doctype html><title>Search</title>');
    server.reports.delete('exit');
    const { page } = await open('/test/embed/quick-exit.html', context);
    await page.evaluate(() => {
      // A beacon reaches the test server even as the page leaves; numbered, as beacons may overtake.
      let count = 0;
      const seen = (detail: string) => navigator.sendBeacon('/__engine/report?kind=exit', `${count++} ${detail}`);
      localStorage.setItem('host:preferences', 'dark');
      sessionStorage.setItem('host:cart', '2 items');
      document.addEventListener('hart-quick-exit', (event) =>
        seen(`${(event.target as Element).localName} ${(event as Event & { trigger: string }).trigger}`),
      );
      new MutationObserver(() => {
        if (document.querySelector('[data-hart-quick-exit-overlay]')) seen('page covered');
      }).observe(document.documentElement, { childList: true, subtree: true });
    });
    // The quiz remembers progress (sessionStorage); the form's endpoint is down, so it keeps the request (localStorage).
    const first = youthQuiz.questions[0]!;
    await page.locator(`hart-red-flag-quiz #choice-${first.correct[0]}`).check();
    await page.locator('hart-red-flag-quiz button[type="submit"]').click();
    await fillTrainingRequest(page);
    await page.locator('hart-training-request #submit').click();
    await page
      .locator('hart-training-request #result-heading')
      .filter({ hasText: 'Saved on this device' })
      .waitFor({ timeout: 15000 });
    const before = await page.evaluate(() => ({
      local: Object.keys(localStorage).sort(),
      session: Object.keys(sessionStorage).sort(),
    }));
    assert.deepEqual(before, {
      local: ['ct-hart:training-outbox', 'host:preferences'],
      session: ['ct-hart:quiz:youth-online-safety', 'host:cart'],
    });
    await page.mouse.click(1, 1);
    const navigation = page.waitForURL(/^https:/);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await navigation;
    const exits = (await reports('exit', 2)).sort().map((line) => line.replace(/^\d+ /, ''));
    assert.deepEqual(
      exits,
      ['hart-help-banner keyboard', 'page covered'],
      'one hart-quick-exit event, then the page is covered',
    );
    // Back on the partner's origin in the same tab (sessionStorage is per tab): only the host's keys are left.
    await page.goto(`${server.url}/test/embed/blank.html`);
    const left = await page.evaluate(() => ({
      local: Object.keys(localStorage).sort(),
      session: Object.keys(sessionStorage).sort(),
    }));
    assert.deepEqual(left, { local: ['host:preferences'], session: ['host:cart'] });
    await context.close();
  });
});

describe('embed: quick exit inside a frame (issue #16)', () => {
  it('takes the whole tab to the exit page, not just the frame', async () => {
    const context = await browser.newContext();
    await browser.answerHttps(context, '<!doctype html><title>Weather</title>');
    const page = await context.newPage();
    await page.goto(`${server.url}/test/embed/frame-plain.html`);
    const frame = page.frameLocator('iframe');
    await frame.locator('hart-help-banner [part="exit-button"]').click();
    await page.waitForURL('https://weather.example/');
    assert.equal(await page.url(), 'https://weather.example/');
    await context.close();
  });

  it('in a frame sandboxed without allow-top-navigation, says so when it connects (console and hart-error)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/test/embed/frame-sandboxed.html`);
    await page.frameLocator('iframe').locator('hart-help-banner [part="exit-button"]').waitFor();
    await page.waitForFunction(() => true);
    const errors = await page.errors();
    assert.ok(
      errors.some((e) => /<hart-help-banner>: .*sandboxed frame without allow-top-navigation/.test(e)),
      errors.join('\n'),
    );
    await context.close();
  });
});

describe('embed: no JavaScript', () => {
  it('shows the documented fallback of every element, with working links', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await browser.answerHttps(context, '<!doctype html><title>Linked page</title>');
    const page = await context.newPage();
    // The test reads the page with the driver's scripts; the page's own scripts are off.
    assert.equal(
      await page.evaluate(() => !!customElements.get('hart-help-banner')),
      false,
      'the bundle ran: JavaScript is on',
    );
    await page.goto(`${server.url}/test/embed/no-js.html`);
    for (const tag of TAGS) {
      const box = await page.locator(tag).boundingBox();
      assert.ok(box && box.height > 10, `${tag} fallback is not visible`);
      assert.ok(((await page.locator(tag).innerText()) ?? '').trim().length > 20, `${tag} has no readable fallback`);
    }
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
    );
    assert.ok(links.length >= 6, `${links.length} links`);
    for (const href of links) assert.match(href, /^(https:|tel:|sms:|mailto:)/, href);
    // The numbers are HART's: each tel: link is a hotline in the SDK data.
    const numbers = hotlines
      .flatMap((line) => [line.phone, line.sms])
      .filter(Boolean)
      .map((n) => n!.replace(/\D/g, ''));
    for (const href of links.filter((h) => h.startsWith('tel:') || h.startsWith('sms:'))) {
      const digits = href.replace(/^\w+:\+?1?/, '').replace(/\D/g, '');
      assert.ok(
        numbers.some((n) => n.endsWith(digits) || digits.endsWith(n)),
        `${href} is not a HART number`,
      );
    }
    // An https link navigates without any script.
    const https = page.locator('a[href^="https:"]').first();
    await https.click();
    await page.waitForURL(/^https:/);
    await context.close();
  });
});
