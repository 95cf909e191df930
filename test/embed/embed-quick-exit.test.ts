// Issue #7: quick exit across widgets, and inside a frame (issue #16).
// In the engine HART_ENGINE names (test/support/engine.ts); `npm test` builds the pages first
// (`npm run build && npm run build:embed`).
import assert from 'node:assert/strict';
import { quiz as youthQuiz } from '../../packages/sdk/src/data/quizzes/youth-online-safety.js';
import { describe, it } from 'node:test';
import { open, reports, fillTrainingRequest, server, browser, startEmbed } from './embed-helpers.js';

startEmbed();

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
