// What the embed suites share (embed*.test.ts): the embed pages served, the engine launched, and how
// a visitor opens a page and uses every widget on it.
import { after, before } from 'node:test';
import { launch, type Context, type Engine, type Page } from '../support/engine.js';
import { quiz as youthQuiz } from '../../packages/sdk/src/data/quizzes/youth-online-safety.js';
import { serveEmbedPages, type EmbedServer } from './server.js';

export let server: EmbedServer;
export let browser: Engine;

/** Serves the embed pages and launches HART_ENGINE's browser for the file's tests. */
export function startEmbed(): void {
  before(async () => {
    server = await serveEmbedPages();
    browser = await launch(server);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

export const TAGS = [
  'hart-help-banner',
  'hart-red-flag-quiz',
  'hart-resource-finder',
  'hart-training-request',
] as const;

/** A page (in `context`, or a fresh one) that records uncaught errors and console errors. */
export async function open(path: string, context?: Context): Promise<{ page: Page; errors(): Promise<string[]> }> {
  const page = await (context ?? (await browser.newContext())).newPage();
  await page.goto(`${server.url}${path}`);
  await waitForWidgets(page);
  return { page, errors: () => page.errors() };
}

/** What a page sent to the server's /__engine/report?kind=… (it survives the page leaving), once `expected` have. */
export function reports(kind: string, expected: number): Promise<string[]> {
  return server.reportsOf(kind, expected);
}

/** Every HART element on the page is defined and has rendered its shadow root. */
export async function waitForWidgets(page: Page, selector = TAGS.join(', ')): Promise<void> {
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
export async function useEveryWidget(page: Page): Promise<void> {
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

export async function fillTrainingRequest(page: Page, scope = 'hart-training-request'): Promise<void> {
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

export async function completeQuiz(page: Page): Promise<void> {
  for (const question of youthQuiz.questions) {
    for (const id of question.correct) await page.locator(`hart-red-flag-quiz #choice-${id}`).check();
    await page.locator('hart-red-flag-quiz button[type="submit"]').click();
    await page.locator('hart-red-flag-quiz #next').click();
  }
  await page.locator('hart-red-flag-quiz #results-heading').waitFor();
}
