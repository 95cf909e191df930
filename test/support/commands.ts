// The browser tests' commands, the same in Chromium, Firefox and WebKit (served by
// test/browser-engines.mjs): keys and viewport through Puppeteer or WebDriver, and emulation that an
// engine may not have — then the test is skipped *visibly*: the runner prints engine, test and reason.
import { executeServerCommand } from '@web/test-runner-commands';

export { executeServerCommand };

export type SendKeysPayload = { type: string } | { press: string } | { down: string } | { up: string };
export const sendKeys = (payload: SendKeysPayload) => executeServerCommand('hart-send-keys', payload);
export const setViewport = (viewport: { width: number; height: number }) => executeServerCommand('hart-set-viewport', viewport);

/** The engine this run is in: 'chromium' | 'firefox' | 'webkit'. */
export const currentEngine = () => executeServerCommand<'chromium' | 'firefox' | 'webkit', undefined>('engine');

/**
 * Runs an emulation command (`touch-only`, `forced-colors`); where the engine cannot emulate it, the
 * test is reported as skipped in that engine, with why, and then skipped.
 */
export async function emulateOrSkip(test: Mocha.Context, command: 'touch-only' | 'forced-colors', payload: object): Promise<void> {
  const result = await executeServerCommand<true | { unsupported: string }, object>(command, payload);
  if (result !== true && result && 'unsupported' in result) {
    await executeServerCommand('engine-skip', { test: test.test?.fullTitle() ?? command, reason: result.unsupported });
    test.skip();
  }
}
