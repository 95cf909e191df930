import { html, nothing, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import { hotlines as defaultHotlines } from '@ct-hart/sdk/data/hotlines';
import type { Dataset, Hotline } from '@ct-hart/sdk/schema';
import { reportError } from '../shared/events.js';
import { HELP_LINE_IDS } from '../shared/help-lines.js';
import { hotlineLinkProblems, hotlineLinks } from '../shared/links.js';
import { templates as spanish } from '../generated/help-banner/es.js';
import { addSpanishTemplates, getLocale } from '../shared/locale.js';
import { HartElement } from '../shared/hart-element.js';
import { DEFAULT_EXIT_URL } from '../shared/quick-exit-text.js';
import { PrerenderedController } from '../shared/prerendered.js';
import { exitButtonStyles } from '../shared/exit-button.js';
import { themeStyles } from '../shared/theme.styles.js';
import { helpBannerStyles } from './help-banner.styles.js';

addSpanishTemplates(spanish);

export const HELP_BANNER_VARIANTS = ['inline', 'bar', 'compact'] as const;
export type HelpBannerVariant = (typeof HELP_BANNER_VARIANTS)[number];
/** The hotlines shown when `lines` names none that exist: the help lines every widget offers. */
export const DEFAULT_LINES = HELP_LINE_IDS;
export { DEFAULT_EXIT_URL };

/**
 * The bars on the page and their heights. While there is one, the tallest bar's height is reserved
 * twice, wherever the tag was pasted: at the end of the document, by a spacer after the last thing
 * in `<body>` (so the page scrolls far enough that its footer comes out from under the bar, and no
 * gap opens mid-page where the tag sits), and as the document's bottom scroll padding (so whatever
 * gets focus is scrolled clear of the bar, WCAG 2.4.11). When the last bar goes, the spacer goes
 * and the page gets back the inline scroll padding it had before.
 */
const barHeights = new Map<HTMLElement, number>();
let pageScrollPaddingBottom: string | undefined;
let endSpacer: HTMLElement | undefined;

/** The spacer at the end of `<body>`: inline `!important` styles, so a page's own `div` rules leave it alone. */
function reserveAtEnd(height: number): void {
  if (!endSpacer) {
    endSpacer = document.createElement('div');
    endSpacer.setAttribute('aria-hidden', 'true');
    endSpacer.dataset.hartBarSpace = '';
    for (const [name, value] of [
      ['display', 'block'],
      ['margin', '0'],
      ['padding', '0'],
      ['border', '0'],
      ['clear', 'both'],
      ['flex', 'none'],
    ]) {
      endSpacer.style.setProperty(name!, value!, 'important');
    }
  }
  // Kept last, also when the page appended something since.
  if (endSpacer.parentNode !== document.body || endSpacer.nextElementSibling) document.body.append(endSpacer);
  endSpacer.style.setProperty('height', `${height}px`, 'important');
}

const barTop = () => innerHeight - Math.max(...barHeights.values());
/** Not drawn, or its end above the tallest bar (a bar's height is reserved at the screen's foot). */
const clearOfBar = (element: Element) => {
  const box = element.getBoundingClientRect();
  return !box.height || !barHeights.size || box.bottom <= barTop() + 0.5;
};

/**
 * Firefox scrolls a newly focused element into view only when it is outside the viewport, not when
 * it is under the bar inside the scroll padding (issue #21): then its end is scrolled to just above
 * the bar here, through `scrollIntoView`, which honours the scroll padding (and scrolls any
 * container it is in; `nearest` would not move an element whose scroll margin is taller than the
 * space left above an open bar). Focus moving within one shadow root (Tab between a widget's own
 * controls) fires `focusin` no further than that root, so each (open) root focus came from is
 * watched too (adding the same listener again does nothing).
 */
function keepFocusClearOfBar(event: Event): void {
  const path = event.composedPath();
  const target = path[0];
  if (!(target instanceof Element) || !barHeights.size) return;
  for (const node of path) if (node instanceof ShadowRoot) node.addEventListener('focusin', keepFocusClearOfBar, true);
  // Focus inside a bar (its own buttons and hotlines) is never under it. Focus from a pointer or a
  // finger is where the person just pressed: moving the page then would move it under their finger.
  if (path.some((node) => barHeights.has(node as HTMLElement)) || !target.matches(':focus-visible')) return;
  if (!clearOfBar(target)) {
    target.scrollIntoView({ block: 'end' });
    // WebKit scrolls focus into view after `focusin`, and takes an element whose scroll margin box
    // is taller than the space above the bar (the panels' `scroll-margin-top` under an open bar) as
    // out of sight: it aligns that box's top with the screen's, its end back under the bar. So the
    // end is checked again before the next paint, and the page scrolled the rest of the way.
    requestAnimationFrame(() => {
      if (target.matches(':focus') && !clearOfBar(target))
        scrollBy(0, Math.ceil(target.getBoundingClientRect().bottom - barTop()));
    });
  }
}

function holdScrollPadding(bar: HTMLElement, height: number): void {
  const root = document.documentElement.style;
  if (!barHeights.size) {
    pageScrollPaddingBottom = root.scrollPaddingBottom;
    document.addEventListener('focusin', keepFocusClearOfBar, true);
  }
  barHeights.set(bar, height);
  const tallest = Math.max(...barHeights.values());
  root.scrollPaddingBottom = `${tallest}px`;
  reserveAtEnd(tallest);
}

function releaseScrollPadding(bar: HTMLElement): void {
  if (!barHeights.delete(bar)) return;
  const root = document.documentElement.style;
  if (barHeights.size) {
    const tallest = Math.max(...barHeights.values());
    root.scrollPaddingBottom = `${tallest}px`;
    reserveAtEnd(tallest);
    return;
  }
  root.scrollPaddingBottom = pageScrollPaddingBottom ?? '';
  pageScrollPaddingBottom = undefined;
  document.removeEventListener('focusin', keepFocusClearOfBar, true);
  endSpacer?.remove();
}

/**
 * @summary Hotlines to call or text for help now, with a quick exit.
 *
 * A `LitElement`: its template renders from its properties, so a re-render (a language switch)
 * keeps every node, focus on the exit button, and the node the bar's reserved space is measured on.
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
 * @csspart lines-toggle - In the bar on a small or short screen: the button that shows and hides the hotlines.
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
 * @cssprop --hart-font-size - Base font size. Default `medium` (the reader's default size, whatever the page's root size).
 * @cssprop --hart-radius - Corner radius. Default `4px`.
 * @cssprop --hart-space - Base spacing. Default `0.75em`.
 */
export class HartHelpBanner extends HartElement {
  static override styles = [themeStyles, exitButtonStyles, helpBannerStyles];

  static override properties = {
    lines: { reflect: true },
    variant: { reflect: true },
    data: { attribute: false },
    linesOpen: { state: true },
  };

  /** Hotline ids to show, in order, separated by spaces or commas. Default: 911, the national hotline and the DCF Careline. */
  declare lines: string;
  /** `inline` (default), `bar` (fixed to the bottom of the viewport) or `compact` (one line). */
  declare variant: HelpBannerVariant;
  /** The dataset to read hotlines from. Default: the SDK's embedded data. */
  declare data: Pick<Dataset, 'hotlines'>;
  /** The bar on a small or short screen shows its hotlines only when this is open. */
  declare private linesOpen: boolean;

  /** Takes over a pre-rendered snippet (the docs' snippet builder) without moving anything. */
  private readonly prerendered = new PrerenderedController(this);
  #resizeObserver?: ResizeObserver;
  /** The frame a bar resize is measured in (see reserveBarSpace). */
  #reserveFrame = 0;

  constructor() {
    super();
    this.lines = DEFAULT_LINES.join(' ');
    this.variant = 'inline';
    this.data = { hotlines: defaultHotlines };
    this.linesOpen = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved to another place in the page: measure again (the first render measures in updated()).
    if (this.hasUpdated) this.#reserveBarSpace();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    cancelAnimationFrame(this.#reserveFrame);
    releaseScrollPadding(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant') && !(HELP_BANNER_VARIANTS as readonly string[]).includes(this.variant)) {
      reportError(
        this,
        'invalid-attribute',
        `variant="${this.variant}" is not one of ${HELP_BANNER_VARIANTS.join(', ')}; showing "inline".`,
      );
      this.variant = 'inline';
    }
    if (changed.has('lines') || changed.has('data')) this.#reportUnknownLines();
    if (changed.has('data') && this.data?.hotlines !== defaultHotlines) {
      // Data set by script meets the same rules as remote data: a bad field gets no link, and is reported.
      const problems = this.#hotlines().flatMap((line) =>
        line && typeof line === 'object' ? hotlineLinkProblems(line) : ['a hotline is not an object'],
      );
      if (problems.length)
        reportError(this, 'invalid-data', `data.hotlines: ${problems.join('; ')}. Those links are not shown.`);
    }
  }

  #hotlines(): Hotline[] {
    return Array.isArray(this.data?.hotlines) ? this.data.hotlines : defaultHotlines;
  }

  #lineIds(): string[] {
    return (this.lines ?? '').split(/[\s,]+/).filter(Boolean);
  }

  #reportUnknownLines(): void {
    const hotlines = this.#hotlines();
    const unknown = this.#lineIds().filter((id) => !hotlines.some((line) => line.id === id));
    if (unknown.length) {
      reportError(
        this,
        'invalid-attribute',
        `lines: no hotline with id ${unknown.map((id) => `"${id}"`).join(', ')}. Known ids: ${hotlines.map((line) => line.id).join(', ')}.`,
      );
    }
  }

  /** The hotlines to show: those named in `lines` that exist, else the default three. */
  #shownLines(): Hotline[] {
    const hotlines = this.#hotlines();
    const found = this.#lineIds()
      .map((id) => hotlines.find((line) => line.id === id))
      .filter((line): line is Hotline => !!line);
    return found.length
      ? found
      : DEFAULT_LINES.map(
          (id) => hotlines.find((line) => line.id === id) ?? defaultHotlines.find((line) => line.id === id)!,
        );
  }

  /**
   * Every data text is a text binding: Lit escapes it; nothing is parsed as HTML. Quick exit comes
   * right after the heading, so it is the first stop on the keyboard (the second in the bar, after
   * the hotlines button) and on screen whenever the top of the banner is.
   */
  protected override render() {
    const locale = getLocale();
    const bar = this.variant === 'bar';
    const oneLine = bar || this.variant === 'compact';
    const hidden = (className: string) => (oneLine ? `${className} visually-hidden` : className);
    // A page may have an inline banner and a bar: the bar's region has its own name, so the two
    // landmarks can be told apart.
    return html`<section
      class="banner ${this.linesOpen ? 'open' : ''}"
      part="container"
      aria-labelledby=${bar ? nothing : 'title'}
      aria-label=${bar ? msg('Help lines and quick exit') : nothing}
      @keydown=${this.#onKeydown}
    >
      <div class="head">
        <h2 class="title" part="title" id="title">${msg('Get help now')}</h2>
        ${
          bar
            ? html`<button class="lines-toggle" part="lines-toggle" type="button" aria-expanded=${this.linesOpen ? 'true' : 'false'} aria-controls="lines" @click=${this.#toggleLines}>
              ${msg('Help lines')}
            </button>`
            : nothing
        }
        ${this.renderExit(oneLine ? 'visually-hidden' : '')}
      </div>
      <ul class="lines" part="lines" id="lines">
        ${this.#shownLines().map(
          (hotline) => html`<li class="line" part="line" data-id=${hotline.id}>
            <span class="name">${hotline.name[locale]}</span>
            <span class="actions">${hotlineLinks(hotline).map((link) => html`<a href=${link.href}>${link.text}</a>`)}</span><span class=${hidden('when')}>${hotline.whenToUse[locale]}</span>
          </li>`,
        )}
      </ul>
      ${this.renderAnnouncement()}
    </section>`;
  }

  #toggleLines(): void {
    this.linesOpen = !this.linesOpen;
  }

  /** Escape closes the bar's open hotlines and puts focus back on their button. */
  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.linesOpen) return;
    this.linesOpen = false;
    this.renderRoot.querySelector<HTMLButtonElement>('.lines-toggle')?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('variant')) this.#reserveBarSpace();
  }

  /**
   * In the bar variant the bar's height is reserved at the end of the document (never where the
   * tag sits), so the bar never covers the end of the page, and the document's scroll padding keeps
   * it from covering what has focus. `--_bar-height` on the host says what is reserved. The observed
   * node is the one Lit keeps across re-renders (a language switch changes only text).
   */
  #reserveBarSpace(): void {
    this.#resizeObserver?.disconnect();
    cancelAnimationFrame(this.#reserveFrame);
    const bar = this.renderRoot.querySelector<HTMLElement>('.banner');
    if (this.variant !== 'bar' || !bar || !this.isConnected) {
      this.style.removeProperty('--_bar-height');
      releaseScrollPadding(this);
      return;
    }
    const reserve = () => {
      const height = bar.offsetHeight;
      this.style.setProperty('--_bar-height', `${height}px`);
      holdScrollPadding(this, height);
    };
    // Reserving space can add or remove the page's scrollbar, which reflows the bar within the same
    // frame; writing from the observer then makes Firefox report a "ResizeObserver loop" error to
    // the host page (issue #21). Writing in the next frame, once per frame, does not.
    this.#resizeObserver = new ResizeObserver(() => {
      cancelAnimationFrame(this.#reserveFrame);
      this.#reserveFrame = requestAnimationFrame(reserve);
    });
    this.#resizeObserver.observe(bar);
    reserve();
  }
}
