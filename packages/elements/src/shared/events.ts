/** What kind of problem a webmaster should fix. */
export type HartErrorCode = 'invalid-attribute' | 'data-load' | 'invalid-data' | 'request-rejected';

/**
 * Fired (bubbling, composed) when a HART element was given something it cannot use. The element
 * keeps working on its defaults; `message` says exactly what to fix.
 */
export class HartErrorEvent extends Event {
  static readonly eventName = 'hart-error';
  constructor(
    readonly code: HartErrorCode,
    readonly message: string,
    readonly cause?: unknown,
  ) {
    super(HartErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired before quick exit leaves the page; call `preventDefault()` to stay. */
export class HartQuickExitEvent extends Event {
  static readonly eventName = 'hart-quick-exit';
  constructor(
    readonly exitUrl: string,
    readonly trigger: 'button' | 'keyboard',
  ) {
    super(HartQuickExitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

/** Reports a problem the way every HART element does: one console line and a `hart-error` event. */
export function reportError(element: HTMLElement, code: HartErrorCode, message: string, cause?: unknown): void {
  const text = `<${element.localName}>: ${message}`;
  console.error(text);
  element.dispatchEvent(new HartErrorEvent(code, text, cause));
}

/**
 * For work an element starts and does not wait for (a load, a flush). The work handles the failures
 * it knows; anything else is said in the console, never left as an unhandled rejection in the page.
 */
export function detach(element: HTMLElement, work: Promise<unknown>): void {
  work.catch((cause: unknown) => console.error(`<${element.localName}>:`, cause));
}

declare global {
  interface HTMLElementEventMap {
    'hart-error': HartErrorEvent;
    'hart-quick-exit': HartQuickExitEvent;
  }
}
