import { html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { resources as embeddedResources } from '@ct-hart/sdk/data/resources';
import { HART_EMAIL } from '@ct-hart/sdk/data/contacts';
import type { ResourceQuery } from '@ct-hart/sdk/search';
import type { Resource } from '@ct-hart/sdk/schema';
import { templates as spanish } from '../generated/resource-finder/es.js';
import { detach, reportError } from '../shared/events.js';
import { addSpanishTemplates, getLocale, type Locale } from '../shared/locale.js';
import { HartElement } from '../shared/hart-element.js';
import { PrerenderedController } from '../shared/prerendered.js';
import { exitButtonStyles } from '../shared/exit-button.js';
import { FocusAfterRender } from '../shared/focus-after-render.js';
import { FocusClearOfHead } from '../shared/focus-clear-of-head.js';
import { LatestLoad } from '../shared/latest-load.js';
import { whenIdle } from '../shared/idle.js';
import { panelStyles } from '../shared/panel.styles.js';
import { themeStyles } from '../shared/theme.styles.js';
import { resourceFinderStyles } from './resource-finder.styles.js';
import { renderResult } from './result-view.js';
import { renderEmpty } from './empty-view.js';
import { presetFilters, renderFilters, type FinderFilters } from './filters.js';
import { FinderSearch } from './search-controller.js';

export { SYNC_INDEX_LIMIT } from './search-controller.js';

addSpanishTemplates(spanish);

/** How long the result count waits for typing to pause before it is announced. */
export const ANNOUNCE_DELAY_MS = 500;

/**
 * @summary Find a service in Connecticut: search as you type, filters, and real call, text, website and email links.
 *
 * @tag hart-resource-finder
 *
 * @slot - Fallback content: shown before the element upgrades and without JavaScript, hidden after.
 *
 * @fires hart-error - An attribute or the `src` list could not be used; the embedded list is shown (`HartErrorEvent`: `code`, `message`).
 * @fires hart-quick-exit - Cancelable, before leaving the page (`HartQuickExitEvent`: `exitUrl`, `trigger`).
 *
 * @csspart container - The labelled region around the finder.
 * @csspart search - The search box.
 * @csspart filters - The filters.
 * @csspart count - The number of services found.
 * @csspart results - The list of services.
 * @csspart result - One service.
 * @csspart exit-button - The quick exit button.
 *
 * @cssprop --hart-color-text - Text colour. Default `#1b1b1b`.
 * @cssprop --hart-color-background - Background. Default `#ffffff`.
 * @cssprop --hart-color-muted - Hints and details. Default `#4a4a4a`.
 * @cssprop --hart-color-accent - Links and buttons. Default `#005ea2`.
 * @cssprop --hart-color-exit - Quick exit button. Default `#b50909`.
 * @cssprop --hart-color-exit-text - Quick exit button text. Default `#ffffff`.
 * @cssprop --hart-color-border - Borders and fields. Default `#757575`.
 * @cssprop --hart-color-focus - Focus outline. Default `#1a4480`.
 * @cssprop --hart-font-family - Font. Default: inherited from the page.
 * @cssprop --hart-font-size - Base font size. Default `medium` (the reader's default size, whatever the page's root size).
 * @cssprop --hart-radius - Corner radius. Default `4px`.
 * @cssprop --hart-space - Base spacing. Default `0.75em`.
 */
export class HartResourceFinder extends HartElement {
  static override styles = [themeStyles, panelStyles, exitButtonStyles, resourceFinderStyles];

  static override properties = {
    category: {},
    age: {},
    region: {},
    language: {},
    src: {},
    reportEmail: { attribute: 'report-email' },
    pageSize: { attribute: 'page-size', type: Number },
    newTab: { type: Boolean, attribute: 'new-tab' },
    resources: { attribute: false },
    text: { state: true },
    categories: { state: true },
    ageFilter: { state: true },
    regionFilter: { state: true },
    languageFilter: { state: true },
    shown: { state: true },
    loadFailed: { state: true },
    locale: { state: true },
    countAnnouncement: { state: true },
    filtersOpen: { state: true },
    openDetails: { state: true },
  };

  /** Preset categories, separated by spaces or commas (`legal housing`). */
  declare category: string | undefined;
  /** Preset age (0–120). */
  declare age: string | undefined;
  /** Preset DCF region (`region-4`) or town (`Hartford`). */
  declare region: string | undefined;
  /** Preset language (`es`). */
  declare language: string | undefined;
  /** URL of a resource list: a HART dataset, `{ "resources": [...] }`, or an Open Referral HSDS 3.0 export. */
  declare src: string | undefined;
  /** Where "report a problem with this listing" writes to. */
  declare reportEmail: string;
  /** How many results show before "Show more". */
  declare pageSize: number;
  /**
   * Opens services' websites in a new tab, said in the link. Off by default: quick exit cannot
   * close a tab it did not open, so everything opens in the same tab unless a partner asks.
   */
  declare newTab: boolean;
  /**
   * The services to search. Default: the SDK's embedded list. A list set by script is checked with
   * the same schema as a `src` list (loaded on demand); one that fails is reported and replaced by
   * the embedded list, and links render only for allow-listed URLs in the meantime.
   */
  declare resources: readonly Resource[];

  declare private text: string;
  declare private categories: string[];
  declare private ageFilter: string;
  declare private regionFilter: string;
  declare private languageFilter: string;
  declare private shown: number;
  declare private loadFailed: boolean;
  /** The language the finder shows (and ranks) in: the page's, taken at each update. */
  declare private locale: Locale;
  declare private countAnnouncement: string;
  /** On a phone, the filters are behind one "Filters" button, so the results come first (issue #23). */
  declare private filtersOpen: boolean;
  /** On a phone, the services whose details (who, where, how, report) are open: a card shows the essentials first. */
  declare private openDetails: ReadonlySet<string>;

  readonly #finderSearch = new FinderSearch(this);
  /** The list `src` loaded (already checked), so setting it is not checked twice. */
  #loadedResources?: readonly Resource[];
  private readonly prerendered = new PrerenderedController(this);
  #announceTimer?: ReturnType<typeof setTimeout>;
  /** The `src` fetch: a newer `src`, or the element leaving the page, cancels it. */
  readonly #loads = new LatestLoad(this);
  /** Focus after the next render: the first of the services newly shown. */
  readonly #focusNext = new FocusAfterRender(this);
  /** Keyboard focus scrolled clear of the sticky head, also in WebKit. */
  private readonly focusClearOfHead = new FocusClearOfHead(this);

  constructor() {
    super();
    this.reportEmail = HART_EMAIL;
    this.pageSize = 10;
    this.newTab = false;
    this.resources = embeddedResources;
    this.text = '';
    this.categories = [];
    this.ageFilter = '';
    this.regionFilter = '';
    this.languageFilter = '';
    this.shown = 10;
    this.loadFailed = false;
    this.locale = getLocale();
    this.countAnnouncement = '';
    this.filtersOpen = false;
    this.openDetails = new Set();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    Object.assign(this, presetFilters(this, changed));
    if (changed.has('src')) detach(this, this.#load());
    if (changed.has('resources') && this.resources !== embeddedResources && this.resources !== this.#loadedResources)
      detach(this, this.#checkResources(this.resources));
    // updateWhenLocaleChanges asks for this update when the page language changes; the locale is
    // then an input like the others (it changes ranking and names).
    this.locale = getLocale();
    const queryChanged = ['resources', 'text', 'categories', 'ageFilter', 'regionFilter', 'languageFilter'].some(
      (key) => (changed as Map<string, unknown>).has(key),
    );
    if (
      queryChanged ||
      (changed as Map<string, unknown>).has('locale') ||
      !this.hasUpdated ||
      this.#finderSearch.needsSearch
    ) {
      if (this.#finderSearch.search(this.resources, this.#query(), this.locale)) this.#scheduleCountAnnouncement();
      if (queryChanged) this.shown = this.pageSize;
    }
  }

  protected override firstUpdated(): void {
    whenIdle(() => void this.#finderSearch.loadEngine().catch(() => undefined));
  }

  #filters(): FinderFilters {
    return {
      categories: this.categories,
      ageFilter: this.ageFilter,
      regionFilter: this.regionFilter,
      languageFilter: this.languageFilter,
    };
  }

  #query(): ResourceQuery {
    const age = this.ageFilter === '' ? undefined : Number(this.ageFilter);
    return {
      text: this.text,
      categories: this.categories,
      ...(age !== undefined && Number.isFinite(age) ? { age } : {}),
      region: this.regionFilter,
      language: this.languageFilter,
    };
  }

  #countText(count: number): string {
    if (this.#finderSearch.indexing) return msg('Loading the services…');
    return count === 0
      ? msg('No services found')
      : count === 1
        ? msg('1 service')
        : msg(str`${count.toLocaleString(this.locale)} services`);
  }

  /**
   * The count is announced once typing pauses, not on every keystroke. With no result, a suggestion
   * is said too: on a phone it sits below the filters, screens away from the search box.
   */
  #scheduleCountAnnouncement(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const { results, indexing, didYouMean } = this.#finderSearch;
      const suggestion = results.length === 0 && !indexing ? didYouMean : undefined;
      const count = this.#countText(results.length);
      // The visible words of the count and the suggestion, so nothing new to translate or load.
      this.countAnnouncement = suggestion ? `${count}. ${msg('Did you mean:')} ${suggestion}` : count;
    }, ANNOUNCE_DELAY_MS);
  }

  /** Checks a list set by script with the schema a `src` list passes; a list that fails is replaced by HART's. */
  async #checkResources(list: readonly Resource[]): Promise<void> {
    try {
      const { validateResourcesInSteps, describeIssues } = await import('@ct-hart/sdk/validate');
      // In steps: 5,000 services set by script in one parse would be a ~0.2 s task.
      const result = await validateResourcesInSteps(list);
      if (result.ok || list !== this.resources) return;
      // The SDK's words: the first problem and how many more (or that checking stopped at 100).
      reportError(
        this,
        'invalid-data',
        `resources: ${describeIssues(result.issues, result.truncated)}. Showing HART's built-in list.`,
        result.issues,
      );
    } catch (cause) {
      if (list !== this.resources) return;
      reportError(
        this,
        'data-load',
        `resources: the checker could not be loaded (${(cause as Error)?.message ?? cause}). Showing HART's built-in list.`,
        cause,
      );
    }
    this.resources = embeddedResources;
  }

  async #load(): Promise<void> {
    const signal = this.#loads.start();
    if (!this.src) {
      this.resources = embeddedResources;
      this.loadFailed = false;
      return;
    }
    const src = this.src;
    try {
      const { loadResources } = await import('@ct-hart/sdk/resources-source');
      if (signal.aborted) return;
      const result = await loadResources(src, { signal });
      if (signal.aborted) return;
      if (result.ok) {
        this.#loadedResources = result.data;
        this.resources = result.data;
        this.loadFailed = false;
        return;
      }
      reportError(
        this,
        result.error.kind === 'schema' ? 'invalid-data' : 'data-load',
        `src: ${result.error.message}. Showing HART's built-in list.`,
        result.error,
      );
    } catch (cause) {
      if (signal.aborted) return;
      reportError(
        this,
        'data-load',
        `src: could not be loaded (${(cause as Error)?.message ?? cause}). Showing HART's built-in list.`,
        cause,
      );
    }
    this.resources = embeddedResources;
    this.loadFailed = true;
  }

  #onShowMore(): void {
    this.#focusResult(this.shown);
    this.shown += this.pageSize;
  }

  #onClear(): void {
    this.text = '';
    this.categories = [];
    this.ageFilter = '';
    this.regionFilter = '';
    this.languageFilter = '';
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }

  /** After the next render, focus the heading of the service at `index` of those shown. */
  #focusResult(index: number): void {
    this.#focusNext.request(`.result:nth-child(${index + 1}) h3`);
  }

  /** On a phone, opens or closes a service's details (who, where, how, report). */
  #toggleDetails(id: string): void {
    const open = new Set(this.openDetails);
    if (!open.delete(id)) open.add(id);
    this.openDetails = open;
  }

  protected override render() {
    const { locale } = this;
    const { results, indexing } = this.#finderSearch;
    const visible = results.slice(0, this.shown);
    const input = (handler: (value: string) => void) => (event: Event) =>
      handler((event.target as HTMLInputElement).value);
    const filtersOn =
      this.categories.length + [this.ageFilter, this.regionFilter, this.languageFilter].filter(Boolean).length;
    return html`<section class="panel" part="container" aria-labelledby="finder-title">
      <div class="panel-head">
        <h2 id="finder-title">${msg('Find a service')}</h2>
        ${this.renderExit()}
      </div>
      ${this.loadFailed ? html`<p class="notice">${msg("The list for this page could not be loaded, so HART's own list is shown.")}</p>` : nothing}
      <form role="search" @submit=${(event: Event) => event.preventDefault()}>
        <label for="search">${msg('Search')}</label>
        <p class="hint" id="search-hint">${msg('For example: housing, legal, LGBTQ, mentoring')}</p>
        <input id="search" part="search" type="search" aria-describedby="search-hint" .value=${this.text} @input=${input((v) => (this.text = v))} />
        <div class="status">
          <p class="count" part="count" aria-hidden="true">${this.#countText(results.length)}</p>
          <button type="button" class="filters-toggle" aria-expanded=${this.filtersOpen ? 'true' : 'false'} aria-controls="filters" @click=${() => (this.filtersOpen = !this.filtersOpen)}>
            ${filtersOn ? msg(str`Filters (${filtersOn} on)`) : msg('Filters')}
          </button>
        </div>
        ${renderFilters(this.#filters(), locale, {
          open: this.filtersOpen,
          onChange: (filters) => Object.assign(this, filters),
          onCategory: (category, checked) =>
            (this.categories = checked
              ? [...this.categories, category]
              : this.categories.filter((c) => c !== category)),
          onClear: () => this.#onClear(),
        })}
      </form>
      <p class="visually-hidden" role="status">${this.countAnnouncement}</p>
      ${
        indexing
          ? nothing
          : results.length
            ? html`<ul class="results" part="results">
              ${visible.map((resource) =>
                renderResult(resource, locale, {
                  reportEmail: this.reportEmail,
                  newTab: this.newTab,
                  detailsOpen: this.openDetails.has(resource.id),
                  toggleDetails: () => this.#toggleDetails(resource.id),
                }),
              )}
            </ul>
            ${
              visible.length < results.length
                ? html`<p class="bar">
                  <span>${msg(str`Showing ${visible.length} of ${results.length}`)}</span>
                  <button type="button" @click=${this.#onShowMore}>${msg('Show more')}</button>
                </p>`
                : nothing
            }`
            : renderEmpty(locale, this.#finderSearch.didYouMean, {
                // Searches for the suggestion, and leaves focus in the search box to go on typing.
                onSuggestion: (suggestion) => {
                  this.text = suggestion;
                  this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
                },
                // Shows that category alone, from its first service.
                onCategory: (category) => {
                  this.text = '';
                  this.categories = [category];
                  this.#focusResult(0);
                },
              })
      }
      ${this.renderAnnouncement()}
    </section>`;
  }
}
