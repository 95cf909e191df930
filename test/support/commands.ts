// The browser tests' commands, the same in Chromium, Firefox and WebKit (served by
// test/browser-engines.mjs): keys and viewport through Puppeteer or WebDriver, and emulation that an
// engine may not have — then the test is skipped *visibly*: the runner prints engine, test and reason.
import { nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

export { executeServerCommand };

export type SendKeysPayload = { type: string } | { press: string } | { down: string } | { up: string };
export const sendKeys = (payload: SendKeysPayload) => executeServerCommand('hart-send-keys', payload);

// The test about to run (mocha gives it to hooks), so a command the engine cannot do can report and
// skip that test: skipping needs the test's own context, whose running runnable is the test.
let currentTest: Mocha.Test | undefined;
beforeEach(function () {
  currentTest = this.currentTest;
});

export async function reportSkip(test: Mocha.Context | undefined, result: unknown): Promise<void> {
  if (result === true || !result || typeof result !== 'object' || !('unsupported' in result)) return;
  const running = test?.test ?? currentTest;
  await executeServerCommand('engine-skip', {
    test: running?.fullTitle() ?? '(unknown test)',
    reason: String(result.unsupported),
  });
  (test ?? currentTest?.ctx)?.skip();
}

/** Sets the viewport; where the engine cannot make it that small, the test is reported as skipped. */
export async function setViewport(viewport: { width: number; height: number }): Promise<void> {
  await reportSkip(
    undefined,
    await executeServerCommand<true | { unsupported: string }, object>('hart-set-viewport', viewport),
  );
}

/** The engine this run is in: 'chromium' | 'firefox' | 'webkit'. */
export const currentEngine = () => executeServerCommand<'chromium' | 'firefox' | 'webkit', undefined>('engine');

/**
 * Runs an emulation command (`touch-only`, `forced-colors`); where the engine cannot emulate it, the
 * test is reported as skipped in that engine, with why, and then skipped.
 */
export async function emulateOrSkip(
  test: Mocha.Context,
  command: 'touch-only' | 'forced-colors',
  payload: object,
): Promise<void> {
  await reportSkip(test, await executeServerCommand<true | { unsupported: string }, object>(command, payload));
}

/**
 * Says in the run's output that this engine gets a documented, degraded behaviour for part of a
 * test (the test still checks what the engine does instead). Listed in docs/browser-support.md.
 */
export async function reportEngineLimit(test: Mocha.Context, reason: string): Promise<void> {
  await executeServerCommand('engine-skip', {
    test: test.test?.fullTitle() ?? '(unknown test)',
    reason,
    partial: true,
  });
}

/**
 * Taps the middle of an element with one finger (touchstart, touchend; the browser makes the tap,
 * its focus change and its click, as on a phone). The point is measured before the finger lands:
 * if the page moves under it during the tap, the tap lands where the element was, as a person's does.
 * Where the engine cannot tap, the test is reported as skipped.
 */
export async function tap(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await reportSkip(
    undefined,
    await executeServerCommand<true | { unsupported: string }, object>('tap', {
      x: box.left + box.width / 2,
      y: box.top + box.height / 2,
    }),
  );
  await nextFrame();
  await nextFrame();
}
