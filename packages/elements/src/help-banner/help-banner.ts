import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { hotlines as defaultHotlines } from '@ct-hart/sdk/data/hotlines';
import type { Dataset, Hotline } from '@ct-hart/sdk/schema';
import { reportError } from '../shared/events.js';
import { telHref, smsHref } from '../shared/links.js';
import { followPageLocale, getLocale } from '../shared/locale.js';
import { quickExit, registerQuickExit, type QuickExitHost } from '../shared/quick-exit.js';
import { themeStyles } from '../shared/theme.styles.js';
import { helpBannerStyles } from './help-banner.styles.js';

export const HELP_BANNER_VARIANTS = ['inline', 'bar', 'compact'] as const;
export type HelpBannerVariant = (typeof HELP_BANNER_VARIANTS)[number];
export const DEFAULT_LINES = ['emergency-911', 'national-human-trafficking-hotline', 'dcf-careline'] as const;
/** A neutral page to land on; it reveals nothing about where the person was. */
export const DEFAULT_EXIT_URL = 'https://www.google.com/';

/** Only https pages may be exit targets. */
function isExitUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * @summary Hotlines to call or text for help now, with a quick exit.
 *
 * @tag hart-help-banner
 *
 * @slot - Fallback content: shown before the element upgrades and without JavaScript, hidden after.
 *
 * @fires hart-quick-exit - Cancelable, before leaving the page (`HartQuickExitEvent`: `exitUrl`, `trigger`).
 * @fires hart-error - An attribute could not be used; the banner keeps its default (`HartErrorEvent`: `code`, `message`).
 *
 * @csspart container - The labelled region around everything.
 * @csspart title - The heading.
 * @csspart lines - The list of hotlines.
 * @csspart line - One hotline.
 * @csspart exit-button - The quick exit button.
 *
 * @cssprop --hart-color-text - Text colour. Default `#1b1b1b`.
 * @cssprop --hart-color-background - Background. Default `#ffffff`.
 * @cssprop --hart-color-muted - Secondary text ("when to use"). Default `#4a4a4a`.
 * @cssprop --hart-color-accent - Links and the accent border. Default `#005ea2`.
 * @cssprop --hart-color-exit - Quick exit button background. Default `#b50909`.
 * @cssprop --hart-color-exit-text - Quick exit button text. Default `#ffffff`.
 * @cssprop --hart-color-border - Border colour. Default `#757575`.
 * @cssprop --hart-color-focus - Focus outline. Default `#1a4480`.
 * @cssprop --hart-font-family - Font. Default: inherited from the page.
 * @cssprop --hart-font-size - Base font size. Default `1rem`.
 * @cssprop --hart-radius - Corner radius. Default `4px`.
 * @cssprop --hart-space - Base spacing. Default `0.75rem`.
 */
@localized()
export class HartHelpBanner extends LitElement implements QuickExitHost {
  static override styles = [themeStyles, helpBannerStyles];

  /** Hotline ids to show, in order, separated by spaces or commas. Default: 911, the national hotline and the DCF Careline. */
  @property({ reflect: true }) lines = DEFAULT_LINES.join(' ');

  /** `inline` (default), `bar` (fixed to the bottom of the viewport) or `compact` (one line). */
  @property({ reflect: true }) variant: HelpBannerVariant = 'inline';

  /** Where quick exit goes (https only). Default: a neutral search page. */
  @property({ attribute: 'exit-url' }) exitUrlAttribute = DEFAULT_EXIT_URL;

  /** Hides the quick exit button (the Shift×3 shortcut stays, if another HART element offers it). */
  @property({ type: Boolean, attribute: 'no-exit', reflect: true }) noExit = false;

  /** The dataset to read hotlines from. Default: the SDK's embedded data. */
  @property({ attribute: false }) data: Pick<Dataset, 'hotlines'> = { hotlines: defaultHotlines };

  @state() private announcement = '';
  @state() private shown: Hotline[] = [];

  private unregisterQuickExit?: () => void;
  private resizeObserver?: ResizeObserver;

  /** The exit URL in use: the attribute when it is a valid https URL, else the default. */
  get exitUrl(): string {
    return isExitUrl(this.exitUrlAttribute) ? this.exitUrlAttribute : DEFAULT_EXIT_URL;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followPageLocale();
    if (!this.noExit) this.unregisterQuickExit = registerQuickExit(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unregisterQuickExit?.();
    this.unregisterQuickExit = undefined;
    this.resizeObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lines') || changed.has('data')) this.shown = this.resolveLines();
    if (changed.has('variant') && !(HELP_BANNER_VARIANTS as readonly string[]).includes(this.variant)) {
      reportError(this, 'invalid-attribute', `variant="${this.variant}" is not one of ${HELP_BANNER_VARIANTS.join(', ')}; showing "inline".`);
      this.variant = 'inline';
    }
    if (changed.has('exitUrlAttribute') && !isExitUrl(this.exitUrlAttribute)) {
      reportError(this, 'invalid-attribute', `exit-url="${this.exitUrlAttribute}" is not an https: URL; quick exit goes to ${DEFAULT_EXIT_URL}.`);
    }
    if (changed.has('noExit') && this.isConnected) {
      this.unregisterQuickExit?.();
      this.unregisterQuickExit = this.noExit ? undefined : registerQuickExit(this);
    }
  }

  private resolveLines(): Hotline[] {
    const hotlines = Array.isArray(this.data?.hotlines) ? this.data.hotlines : defaultHotlines;
    const ids = (this.lines ?? '').split(/[\s,]+/).filter(Boolean);
    const unknown = ids.filter((id) => !hotlines.some((h) => h.id === id));
    if (unknown.length) {
      reportError(this, 'invalid-attribute', `lines: no hotline with id ${unknown.map((id) => `"${id}"`).join(', ')}. Known ids: ${hotlines.map((h) => h.id).join(', ')}.`);
    }
    const found = ids.map((id) => hotlines.find((h) => h.id === id)).filter((h): h is Hotline => !!h);
    if (found.length) return found;
    return DEFAULT_LINES.map((id) => hotlines.find((h) => h.id === id) ?? defaultHotlines.find((h) => h.id === id)!);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('variant')) this.reserveBarSpace();
  }

  /** In the bar variant the host keeps the fixed bar's height in the flow, so the bar never covers content. */
  private reserveBarSpace(): void {
    this.resizeObserver?.disconnect();
    if (this.variant !== 'bar') {
      this.style.removeProperty('--_bar-height');
      return;
    }
    const bar = this.renderRoot.querySelector<HTMLElement>('.banner');
    if (!bar || typeof ResizeObserver === 'undefined') return;
    this.resizeObserver = new ResizeObserver(() => this.style.setProperty('--_bar-height', `${bar.offsetHeight}px`));
    this.resizeObserver.observe(bar);
    this.style.setProperty('--_bar-height', `${bar.offsetHeight}px`);
  }

  announceQuickExit(remaining: number): void {
    this.announcement =
      remaining === 0
        ? msg('Leaving this page.')
        : remaining === 1
          ? msg('Press Shift 1 more time to leave this page.')
          : msg(str`Press Shift ${remaining} more times to leave this page.`);
  }

  quickExitOverlayText(): string {
    return msg('Leaving this page…');
  }

  private onExitClick(): void {
    quickExit(this, 'button');
  }

  private renderLine(hotline: Hotline, locale: 'en' | 'es') {
    return html`<li class="line" part="line" data-id=${hotline.id}>
      <span class="name">${hotline.name[locale]}</span>
      <span class="actions">
        ${hotline.phone ? html`<a href=${telHref(hotline.phone)}>${msg(str`Call ${hotline.phone}`)}</a>` : nothing}
        ${hotline.sms
          ? html`<a href=${smsHref(hotline.sms, hotline.smsKeyword)}>${hotline.smsKeyword ? msg(str`Text ${hotline.smsKeyword} to ${hotline.sms}`) : msg(str`Text ${hotline.sms}`)}</a>`
          : nothing}
        ${hotline.email ? html`<a href=${`mailto:${hotline.email}`}>${hotline.email}</a>` : nothing}
      </span>
      <span class=${this.variant === 'compact' ? 'when visually-hidden' : 'when'}>${hotline.whenToUse[locale]}</span>
    </li>`;
  }

  protected override render() {
    const locale = getLocale();
    return html`<section class="banner" part="container" aria-labelledby="title">
      <h2 class="title" part="title" id="title">${msg('Get help now')}</h2>
      <ul class="lines" part="lines">
        ${this.shown.map((hotline) => this.renderLine(hotline, locale))}
      </ul>
      ${this.noExit
        ? nothing
        : html`<div class="exit">
            <button class="exit-button" part="exit-button" type="button" @click=${this.onExitClick}>${msg('Quick exit')}</button>
            <p class=${this.variant === 'compact' ? 'exit-hint visually-hidden' : 'exit-hint'}>${msg('Or press Shift 3 times.')}</p>
          </div>`}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }
}
