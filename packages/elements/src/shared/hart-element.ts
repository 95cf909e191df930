import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { renderQuickExit } from './exit-button.js';
import { reportError } from './events.js';
import { followPageLocale } from './locale.js';
import { frameExitProblem, quickExit, registerQuickExit, type QuickExitHost } from './quick-exit.js';
import { DEFAULT_EXIT_URL, isExitUrl, quickExitAnnouncement, quickExitOverlayText } from './quick-exit-text.js';

/**
 * What every HART element is (Shoelace's `ShoelaceElement` is the model): a `LitElement` that
 * re-renders when the page language changes, offers quick exit, and has one live region to
 * announce through. An element adds its own properties to these, renders `renderExit()` in its
 * head and `renderAnnouncement()` last, and calls `super` in the lifecycle methods it overrides.
 *
 * Quick exit: the element takes part in the page-wide Shift×3 shortcut while connected and not
 * `no-exit`, reports an unusable `exit-url` (and a frame it cannot leave), and leaves the page
 * from its button. `exitUrl` is the property of the `exit-url` attribute: like an `<a>`'s `href`,
 * setting it sets the address asked for, and reading it gives the address in use (the one asked
 * for when it is https, else the neutral default).
 */
export class HartElement extends LitElement implements QuickExitHost {
  static override properties: PropertyDeclarations = {
    // The accessor below is the property: Lit only maps the attribute to it.
    exitUrl: { attribute: 'exit-url', noAccessor: true },
    noExit: { type: Boolean, attribute: 'no-exit', reflect: true },
    announcement: { state: true },
  };

  /** Hides the quick exit button (the Shift×3 shortcut stays, if another HART element offers it). */
  declare noExit: boolean;
  /** What the live region says now (quick exit's presses left, a request being sent). */
  declare protected announcement: string;

  /** The `exit-url` as the page set it; `exitUrl` reads the one in use. */
  #requestedExitUrl?: string;
  /** The last `exit-url` checked, so each is reported once. */
  #checkedExitUrl?: string;
  #unregisterQuickExit?: (() => void) | undefined;

  constructor() {
    super();
    this.noExit = false;
    this.announcement = '';
    updateWhenLocaleChanges(this);
  }

  /**
   * Where quick exit goes (https only). Default: a neutral search page.
   * @default DEFAULT_EXIT_URL
   */
  get exitUrl(): string {
    return isExitUrl(this.#requestedExitUrl) ? this.#requestedExitUrl : DEFAULT_EXIT_URL;
  }

  set exitUrl(url: string) {
    this.#requestedExitUrl = url;
    this.requestUpdate();
  }

  /** Says `text` in the element's live region (`role="status"`, polite). */
  announce(text: string): void {
    this.announcement = text;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followPageLocale();
    this.#offerQuickExit();
    const frameProblem = this.noExit ? undefined : frameExitProblem();
    if (frameProblem) reportError(this, 'invalid-attribute', frameProblem);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#offerQuickExit();
  }

  protected override update(changed: PropertyValues): void {
    this.#offerQuickExit();
    const url = this.#requestedExitUrl;
    if (url !== this.#checkedExitUrl) {
      this.#checkedExitUrl = url;
      if (!isExitUrl(url))
        reportError(
          this,
          'invalid-attribute',
          `exit-url="${url}" is not an https: URL; quick exit goes to ${DEFAULT_EXIT_URL}.`,
        );
    }
    super.update(changed);
  }

  /** In the page's Shift×3 shortcut exactly while connected and not `no-exit` (registering again would change who announces). */
  #offerQuickExit(): void {
    const wanted = this.isConnected && !this.noExit;
    if (wanted && !this.#unregisterQuickExit) this.#unregisterQuickExit = registerQuickExit(this);
    if (!wanted && this.#unregisterQuickExit) {
      this.#unregisterQuickExit();
      this.#unregisterQuickExit = undefined;
    }
  }

  /** @internal For the page's quick exit (quick-exit.ts): says how many more Shift presses leave. */
  announceQuickExit(remaining: number): void {
    this.announce(quickExitAnnouncement(remaining));
  }

  /** @internal For the page's quick exit (quick-exit.ts): the overlay's text while leaving. */
  quickExitOverlayText(): string {
    return quickExitOverlayText();
  }

  /** The quick exit button and its hint (with `hintClass`), or nothing with `no-exit`. */
  protected renderExit(hintClass?: string) {
    return this.noExit ? nothing : renderQuickExit(() => quickExit(this, 'button'), hintClass);
  }

  /** The live region `announce` writes to: the last thing in the element, visually hidden. */
  protected renderAnnouncement() {
    return html`<p class="visually-hidden" role="status" id="status">${this.announcement}</p>`;
  }
}
