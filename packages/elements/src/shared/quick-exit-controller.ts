import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { reportError } from './events.js';
import { followPageLocale } from './locale.js';
import { frameExitProblem, quickExit, registerQuickExit, type QuickExitHost } from './quick-exit.js';
import { DEFAULT_EXIT_URL, isExitUrl, quickExitAnnouncement, quickExitOverlayText } from './quick-exit-text.js';

/** What an element offering quick exit has: its `exit-url` and `no-exit` attributes, and a place to announce. */
export interface QuickExitElement extends ReactiveControllerHost, HTMLElement {
  exitUrlAttribute: string;
  noExit: boolean;
  /** Shows the screen-reader announcement of presses left. */
  announce(text: string): void;
}

/**
 * Everything a HART element does to offer quick exit: follows the page locale, takes part in the
 * page-wide Shift×3 shortcut while connected and not `no-exit`, reports an unusable `exit-url`,
 * and leaves the page from its button.
 */
export class QuickExitController implements ReactiveController, QuickExitHost {
  #unregister?: () => void;
  #checkedExitUrl?: string;

  constructor(private readonly element: QuickExitElement) {
    element.addController(this);
  }

  /** The exit URL in use: the attribute when it is an https URL, else the neutral default. */
  get exitUrl(): string {
    return isExitUrl(this.element.exitUrlAttribute) ? this.element.exitUrlAttribute : DEFAULT_EXIT_URL;
  }

  hostConnected(): void {
    followPageLocale();
    this.#sync();
    const frameProblem = this.element.noExit ? undefined : frameExitProblem();
    if (frameProblem) reportError(this.element, 'invalid-attribute', frameProblem);
  }

  hostDisconnected(): void {
    this.#unregister?.();
    this.#unregister = undefined;
  }

  hostUpdate(): void {
    this.#sync();
    const attribute = this.element.exitUrlAttribute;
    if (attribute !== this.#checkedExitUrl) {
      this.#checkedExitUrl = attribute;
      if (!isExitUrl(attribute))
        reportError(
          this.element,
          'invalid-attribute',
          `exit-url="${attribute}" is not an https: URL; quick exit goes to ${DEFAULT_EXIT_URL}.`,
        );
    }
  }

  /** Registered exactly while connected and not `no-exit` (registering again would change who announces). */
  #sync(): void {
    const wanted = this.element.isConnected && !this.element.noExit;
    if (wanted && !this.#unregister) this.#unregister = registerQuickExit(this);
    if (!wanted && this.#unregister) this.hostDisconnected();
  }

  /** For the element's button. */
  exit(): void {
    quickExit(this, 'button');
  }

  // QuickExitHost: the coordinator dispatches on, and announces through, the element.
  dispatchEvent(event: Event): boolean {
    return this.element.dispatchEvent(event);
  }

  get isConnected(): boolean {
    return this.element.isConnected;
  }

  announceQuickExit(remaining: number): void {
    this.element.announce(quickExitAnnouncement(remaining));
  }

  quickExitOverlayText(): string {
    return quickExitOverlayText();
  }
}
