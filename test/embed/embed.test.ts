// Issue #7: the widgets on real partner pages: strict CSP with Trusted Types, several bundles on one
// page, no policy lent to other scripts, and no JavaScript.
// In the engine HART_ENGINE names (test/support/engine.ts); `npm test` builds the pages first
// (`npm run build && npm run build:embed`).
import assert from 'node:assert/strict';
import { hotlines } from '../../packages/sdk/src/data/hotlines.js';
import { STRICT_CSP } from './server.js';
import { describe, it } from 'node:test';
import { TAGS, open, reports, waitForWidgets, useEveryWidget, server, browser, startEmbed } from './embed-helpers.js';

startEmbed();

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
