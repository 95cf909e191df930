import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { hotlines } from '@ct-hart/sdk/data/hotlines';
import { categoryLabels, populationLabels, referralLabels } from '@ct-hart/sdk/data/labels';
import { regions } from '@ct-hart/sdk/data/regions';
import { resources as embeddedResources } from '@ct-hart/sdk/data/resources';
import { filterResources } from '@ct-hart/sdk/filter';
import { HART_EMAIL } from '@ct-hart/sdk/data/contacts';
import type { ResourceQuery } from '@ct-hart/sdk/search';
import type { Resource, ResourceCategory } from '@ct-hart/sdk/schema';
import { templates as spanish } from '../generated/resource-finder/es.js';
import { reportError } from '../shared/events.js';
import { mailtoHref, renderHotlineLinks, safeHref, smsHref, telHref } from '../shared/links.js';
import { addSpanishTemplates, getLocale, type Locale } from '../shared/locale.js';
import { QuickExitController, type QuickExitElement } from '../shared/quick-exit-controller.js';
import { PrerenderedController } from '../shared/prerendered.js';
import { DEFAULT_EXIT_URL } from '../shared/quick-exit-text.js';
import { exitButtonStyles, renderQuickExit } from '../shared/exit-button.js';
import { HELP_LINE_IDS } from '../shared/help-lines.js';
import { whenIdle } from '../shared/idle.js';
import { panelStyles } from '../shared/panel.styles.js';
import { themeStyles } from '../shared/theme.styles.js';
import { resourceFinderStyles } from './resource-finder.styles.js';

addSpanishTemplates(spanish);

const CATEGORIES = Object.keys(categoryLabels) as ResourceCategory[];
/** How long the result count waits for typing to pause before it is announced. */
export const ANNOUNCE_DELAY_MS = 500;
/** The search engine (typos, everyday words, towns) and its vocabulary: loaded at idle after the first render. */
type SearchModule = typeof import('@ct-hart/sdk/search');

/**
 * Up to this many services, the search index is built when first needed (a few milliseconds).
 * A longer list is indexed in short steps between other work (`prepareSearchIndex`), so setting
 * 5,000 services never blocks the page for one long task; its results show when it is ready.
 */
export const SYNC_INDEX_LIMIT = 200;

const split = (value: string | null | undefined) => (value ?? '').split(/[\s,]+/).filter(Boolean);

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
export class HartResourceFinder extends LitElement implements QuickExitElement {
  static override styles = [themeStyles, panelStyles, exitButtonStyles, resourceFinderStyles];

  static override properties = {
    category: {},
    age: {},
    region: {},
    language: {},
    src: {},
    reportEmail: { attribute: 'report-email' },
    pageSize: { attribute: 'page-size', type: Number },
    exitUrlAttribute: { attribute: 'exit-url' },
    noExit: { type: Boolean, attribute: 'no-exit' },
    newTab: { type: Boolean, attribute: 'new-tab' },
    resources: { attribute: false },
    text: { state: true },
    categories: { state: true },
    ageFilter: { state: true },
    regionFilter: { state: true },
    languageFilter: { state: true },
    shown: { state: true },
    loadFailed: { state: true },
    indexing: { state: true },
    countAnnouncement: { state: true },
    announcement: { state: true },
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
  /** Where quick exit goes (https only). */
  declare exitUrlAttribute: string;
  /** Hides the quick exit button. */
  declare noExit: boolean;
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
  /** A long list's index is being built: results show when it is ready. */
  declare private indexing: boolean;
  declare private countAnnouncement: string;
  declare private announcement: string;
  /** On a phone, the filters are behind one "Filters" button, so the results come first (issue #23). */
  declare private filtersOpen: boolean;
  /** On a phone, the services whose details (who, where, how, report) are open: a card shows the essentials first. */
  declare private openDetails: ReadonlySet<string>;

  private results: Resource[] = [];
  /** For a search that finds nothing: a close query that finds something ("Did you mean"). */
  private didYouMean?: string | undefined;
  private searchModule?: SearchModule;
  private searchLoad?: Promise<SearchModule>;
  /** The text typed when the engine last failed to load: not tried again until the text changes. */
  private searchFailedFor?: string;
  /** The list and locale whose engine and index are being readied, shared by every word typed meanwhile. */
  private preparing?: { list: readonly Resource[]; locale: Locale; controller: AbortController; done: Promise<void> };
  /** The list `src` loaded (already checked), so setting it is not checked twice. */
  private loadedResources?: readonly Resource[];
  private readonly quickExit = new QuickExitController(this);
  private readonly prerendered = new PrerenderedController(this);
  private announceTimer?: ReturnType<typeof setTimeout>;
  /** Cancels the `src` fetch in flight when `src` changes again or the element leaves the page. */
  private loadController?: AbortController;
  private focusResult?: number;

  constructor() {
    super();
    this.reportEmail = HART_EMAIL;
    this.pageSize = 10;
    this.exitUrlAttribute = DEFAULT_EXIT_URL;
    this.noExit = false;
    this.newTab = false;
    this.resources = embeddedResources;
    this.text = '';
    this.categories = [];
    this.ageFilter = '';
    this.regionFilter = '';
    this.languageFilter = '';
    this.shown = 10;
    this.loadFailed = false;
    this.indexing = false;
    this.countAnnouncement = '';
    this.announcement = '';
    this.filtersOpen = false;
    this.openDetails = new Set();
    updateWhenLocaleChanges(this);
  }

  get exitUrl(): string {
    return this.quickExit.exitUrl;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    this.loadController?.abort();
    this.preparing?.controller.abort();
    this.preparing = undefined;
  }

  announce(text: string): void {
    this.announcement = text;
  }

  /** Attributes preset the filters; a value the finder cannot use is reported and ignored. */
  private applyPresets(changed: PropertyValues<this>): void {
    if (changed.has('category')) {
      const wanted = split(this.category);
      const unknown = wanted.filter((c) => !(CATEGORIES as string[]).includes(c));
      if (unknown.length) reportError(this, 'invalid-attribute', `category: unknown ${unknown.map((c) => `"${c}"`).join(', ')}. Categories: ${CATEGORIES.join(', ')}.`);
      this.categories = wanted.filter((c) => (CATEGORIES as string[]).includes(c));
    }
    if (changed.has('age')) {
      const age = Number(this.age);
      const valid = this.age === undefined || this.age === null || (this.age !== '' && Number.isInteger(age) && age >= 0 && age <= 120);
      if (!valid) reportError(this, 'invalid-attribute', `age="${this.age}" is not a whole number from 0 to 120; no age filter is applied.`);
      this.ageFilter = valid && this.age != null ? String(age) : '';
    }
    if (changed.has('region')) {
      const region = (this.region ?? '').trim();
      if (/^region-/.test(region) && !regions.some((r) => r.id === region)) {
        reportError(this, 'invalid-attribute', `region="${region}" is not a DCF region (${regions.map((r) => r.id).join(', ')}) ; no region filter is applied.`);
        this.regionFilter = '';
      } else {
        this.regionFilter = region;
      }
    }
    if (changed.has('language')) {
      const language = (this.language ?? '').trim().toLowerCase();
      if (language && !/^[a-z]{2,3}$/.test(language)) {
        reportError(this, 'invalid-attribute', `language="${this.language}" is not a language code such as en or es; no language filter is applied.`);
        this.languageFilter = '';
      } else {
        this.languageFilter = language;
      }
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.applyPresets(changed);
    if (changed.has('src')) void this.load();
    if (changed.has('resources') && this.resources !== embeddedResources && this.resources !== this.loadedResources) void this.checkResources(this.resources);
    const queryChanged = ['resources', 'text', 'categories', 'ageFilter', 'regionFilter', 'languageFilter'].some((key) => (changed as Map<string, unknown>).has(key));
    // The locale changes ranking and names; a re-render without a property change is a locale change.
    if (queryChanged || changed.size === 0 || !this.hasUpdated || ((changed as Map<string, unknown>).has('indexing') && !this.indexing)) {
      this.search();
      if (queryChanged) this.shown = this.pageSize;
    }
  }

  /**
   * What shows before anyone types (the filters, in the data's priority order) needs no search
   * engine; words do. The engine is fetched at idle after the first render, or on the first word
   * typed before that; a long list's index is then built in steps, never in one long task.
   */
  private search(): void {
    const list = this.resources;
    const locale = getLocale();
    const query = this.query();
    this.didYouMean = undefined;
    const engine = this.searchModule;
    if (!this.text.trim() || (!engine && this.searchFailedFor === this.text)) {
      // No words, or words the engine could not be loaded for: the services that pass the filters.
      this.indexing = false;
      this.results = filterResources(list, query);
    } else if (!engine || (Array.isArray(list) && list.length > SYNC_INDEX_LIMIT && !engine.isSearchIndexReady(list, locale))) {
      this.indexing = true;
      this.results = [];
      void this.prepareSearch(list, locale);
      return;
    } else {
      this.indexing = false;
      this.results = engine.searchResources(list, query, locale);
      if (this.results.length === 0) this.didYouMean = engine.suggestSearch(list, query, locale).didYouMean;
    }
    this.scheduleCountAnnouncement();
  }

  /** Loads the search engine once (a failed load is tried again on the next word). */
  private loadSearch(): Promise<SearchModule> {
    return (this.searchLoad ??= import('@ct-hart/sdk/search').then(
      (module) => (this.searchModule = module),
      (cause: unknown) => {
        this.searchLoad = undefined;
        throw cause;
      },
    ));
  }

  /**
   * Loads the engine and, for a long list, builds its index in steps; then searches again. Words
   * typed meanwhile wait for the same preparation; a new list or locale cancels it.
   */
  private async prepareSearch(list: readonly Resource[], locale: Locale): Promise<void> {
    if (this.preparing?.list !== list || this.preparing.locale !== locale) {
      this.preparing?.controller.abort();
      const controller = new AbortController();
      const done = this.loadSearch().then((engine) =>
        Array.isArray(list) && list.length > SYNC_INDEX_LIMIT ? engine.prepareSearchIndex(list, locale, { signal: controller.signal }) : undefined,
      );
      this.preparing = { list, locale, controller, done };
    }
    const current = this.preparing;
    try {
      await current.done;
    } catch (cause) {
      if (this.preparing !== current || current.controller.signal.aborted) return; // a newer list or locale took over
      this.preparing = undefined;
      // Offline and never loaded: the services that pass the filters, not a dead end; said in the console.
      // Said once, not on every word typed while offline.
      if (this.searchFailedFor === undefined) reportError(this, 'data-load', `search could not be loaded (${(cause as Error)?.message ?? cause}); showing every service that passes the filters.`, cause);
      this.searchFailedFor = this.text;
      this.indexing = false;
      return;
    }
    if (this.preparing !== current) return;
    this.preparing = undefined;
    this.searchFailedFor = undefined;
    this.indexing = false;
  }

  protected override firstUpdated(): void {
    whenIdle(() => void this.loadSearch().catch(() => undefined));
  }

  private query(): ResourceQuery {
    const age = this.ageFilter === '' ? undefined : Number(this.ageFilter);
    return {
      text: this.text,
      categories: this.categories,
      ...(age !== undefined && Number.isFinite(age) ? { age } : {}),
      region: this.regionFilter,
      language: this.languageFilter,
    };
  }

  private countText(count: number): string {
    if (this.indexing) return msg('Loading the services…');
    return count === 0 ? msg('No services found') : count === 1 ? msg('1 service') : msg(str`${count.toLocaleString(getLocale())} services`);
  }

  /**
   * The count is announced once typing pauses, not on every keystroke. With no result, a suggestion
   * is said too: on a phone it sits below the filters, screens away from the search box.
   */
  private scheduleCountAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const suggestion = this.results.length === 0 && !this.indexing ? this.didYouMean : undefined;
      const count = this.countText(this.results.length);
      // The visible words of the count and the suggestion, so nothing new to translate or load.
      this.countAnnouncement = suggestion ? `${count}. ${msg('Did you mean:')} ${suggestion}` : count;
    }, ANNOUNCE_DELAY_MS);
  }

  /** Checks a list set by script with the schema a `src` list passes; a list that fails is replaced by HART's. */
  private async checkResources(list: readonly Resource[]): Promise<void> {
    try {
      const { validateResourcesInSteps, describeIssues } = await import('@ct-hart/sdk/validate');
      // In steps: 5,000 services set by script in one parse would be a ~0.2 s task.
      const result = await validateResourcesInSteps(list);
      if (result.ok || list !== this.resources) return;
      // The SDK's words: the first problem and how many more (or that checking stopped at 100).
      reportError(this, 'invalid-data', `resources: ${describeIssues(result.issues, result.truncated)}. Showing HART's built-in list.`, result.issues);
    } catch (cause) {
      if (list !== this.resources) return;
      reportError(this, 'data-load', `resources: the checker could not be loaded (${(cause as Error)?.message ?? cause}). Showing HART's built-in list.`, cause);
    }
    this.resources = embeddedResources;
  }

  private async load(): Promise<void> {
    this.loadController?.abort();
    if (!this.src) {
      this.resources = embeddedResources;
      this.loadFailed = false;
      return;
    }
    const src = this.src;
    const controller = (this.loadController = new AbortController());
    try {
      const { loadResources } = await import('@ct-hart/sdk/resources-source');
      if (controller.signal.aborted) return;
      const result = await loadResources(src, { signal: controller.signal });
      if (controller.signal.aborted) return;
      if (result.ok) {
        this.loadedResources = result.data;
        this.resources = result.data;
        this.loadFailed = false;
        return;
      }
      reportError(this, result.error.kind === 'schema' ? 'invalid-data' : 'data-load', `src: ${result.error.message}. Showing HART's built-in list.`, result.error);
    } catch (cause) {
      if (controller.signal.aborted) return;
      reportError(this, 'data-load', `src: could not be loaded (${(cause as Error)?.message ?? cause}). Showing HART's built-in list.`, cause);
    }
    this.resources = embeddedResources;
    this.loadFailed = true;
  }

  private onShowMore(): void {
    this.focusResult = this.shown;
    this.shown += this.pageSize;
  }

  /** "Did you mean": searches for the suggestion, and leaves focus in the search box to go on typing. */
  private onSuggestion(suggestion: string): void {
    this.text = suggestion;
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }

  /** A kind of help chosen from the empty state: shows that category alone, from its first service. */
  private onCategoryChoice(category: ResourceCategory): void {
    this.text = '';
    this.categories = [category];
    this.focusResult = 0;
  }

  private onClear(): void {
    this.text = '';
    this.categories = [];
    this.ageFilter = '';
    this.regionFilter = '';
    this.languageFilter = '';
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }

  protected override updated(): void {
    if (this.focusResult === undefined) return;
    this.renderRoot.querySelectorAll<HTMLElement>('.result h3')[this.focusResult]?.focus();
    this.focusResult = undefined;
  }

  private ages(resource: Resource): string {
    const { minAge, maxAge } = resource;
    if (minAge !== undefined && maxAge !== undefined) return msg(str`Ages ${minAge}–${maxAge}`);
    if (minAge !== undefined) return msg(str`Ages ${minAge} and up`);
    if (maxAge !== undefined) return msg(str`Up to age ${maxAge}`);
    return msg('All ages');
  }

  private where(resource: Resource, locale: Locale): string {
    const area = resource.serviceArea;
    if (area.description) return area.description[locale];
    if (area.towns?.length) return area.towns.join(', ');
    return area.regions.map((id) => regions.find((r) => r.id === id)?.name[locale] ?? id).join(', ');
  }

  private verified(resource: Resource, locale: Locale): string {
    if (!resource.lastVerified) return msg('Last verified: not stated');
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${resource.lastVerified}T00:00:00Z`));
    return msg(str`Last verified: ${date}`);
  }

  private renderResult(resource: Resource, locale: Locale) {
    const name = resource.name[locale];
    const who = [this.ages(resource), ...resource.populations.map((p) => populationLabels[p]?.[locale] ?? p)].join(' · ');
    const referral = [...resource.referral.methods.map((m) => referralLabels[m]?.[locale] ?? m), resource.referral.description?.[locale]].filter(Boolean).join('. ');
    const website = safeHref(resource.url);
    const email = mailtoHref(resource.email);
    const report = mailtoHref(this.reportEmail, msg(str`Problem with HART listing ${resource.id}`));
    const headingId = `result-${resource.id}`;
    const detailsOpen = this.openDetails.has(resource.id);
    const toggleDetails = () => {
      const open = new Set(this.openDetails);
      if (!open.delete(resource.id)) open.add(resource.id);
      this.openDetails = open;
    };
    // The essentials first (name, what it is, call / text / website); on a phone the rest is one tap away.
    return html`<li class="result" part="result">
      <article aria-labelledby=${headingId}>
        <h3 id=${headingId} tabindex="-1">${name}</h3>
        <p class="meta">${resource.organization[locale]}</p>
        <p>${resource.description[locale]}</p>
        <p class="actions">
          ${resource.phones.map((phone) =>
            /^\d{3,6}$/.test(phone.number) && resource.categories.includes('hotline')
              ? html`<a href=${smsHref(phone.number)}>${msg(str`Text ${phone.number}`)}</a>`
              : html`<a href=${telHref(phone.number)}>${msg(str`Call ${phone.number}`)}${phone.description ? html`<span class="visually-hidden"> (${phone.description[locale]})</span>` : nothing}</a>`,
          )}
          ${website
            ? this.newTab
              ? html`<a href=${website} target="_blank" rel="noopener noreferrer">${msg('Website')}<span class="visually-hidden">: ${name}</span> ${msg('(opens in a new tab)')}</a>`
              : html`<a href=${website} rel="noreferrer">${msg('Website')}<span class="visually-hidden">: ${name}</span></a>`
            : nothing}
          ${email ? html`<a href=${email}>${resource.email}</a>` : nothing}
        </p>
        <button type="button" class="link details-toggle" aria-expanded=${detailsOpen ? 'true' : 'false'} aria-controls=${`details-${resource.id}`} @click=${toggleDetails}>
          ${msg('Who, where, how')}<span class="visually-hidden">: ${name}</span>
        </button>
        <div class=${detailsOpen ? 'details open' : 'details'} id=${`details-${resource.id}`}>
          <p><strong>${msg('Who:')}</strong> ${who}</p>
          <p><strong>${msg('Where:')}</strong> ${this.where(resource, locale)}</p>
          <p><strong>${msg('How to get help:')}</strong> ${referral}</p>
          <p class="meta">
            ${this.verified(resource, locale)} ·
            ${report ? html`<a href=${report}>${msg('Report a problem with this listing')}<span class="visually-hidden">: ${name}</span></a>` : nothing}
          </p>
        </div>
      </article>
    </li>`;
  }

  /** No result is a dead end only if we let it be: a close query, the kinds of help, and the hotlines. */
  private renderEmpty(locale: Locale) {
    const help = HELP_LINE_IDS.map((id) => hotlines.find((line) => line.id === id)).filter((line) => !!line);
    const suggestion = this.didYouMean;
    return html`<div class="empty">
      ${suggestion
        ? html`<p class="did-you-mean">${msg('Did you mean:')} <button type="button" class="link" @click=${() => this.onSuggestion(suggestion)}>${suggestion}</button></p>`
        : nothing}
      <h3 id="choose-kind">${msg('Or choose a kind of help')}</h3>
      <ul class="chips" aria-labelledby="choose-kind">
        ${CATEGORIES.map((category) => html`<li><button type="button" @click=${() => this.onCategoryChoice(category)}>${categoryLabels[category][locale]}</button></li>`)}
      </ul>
      <p>${msg('You can always call or text:')}</p>
      <ul class="help">
        ${help.map((line) => html`<li>${line.name[locale]}: ${renderHotlineLinks(line)}</li>`)}
      </ul>
    </div>`;
  }

  protected override render() {
    const locale = getLocale();
    const visible = this.results.slice(0, this.shown);
    const input = (handler: (value: string) => void) => (event: Event) => handler((event.target as HTMLInputElement).value);
    const filtersOn = this.categories.length + [this.ageFilter, this.regionFilter, this.languageFilter].filter(Boolean).length;
    return html`<section class="panel" part="container" aria-labelledby="finder-title">
      <div class="panel-head">
        <h2 id="finder-title">${msg('Find a service')}</h2>
        ${this.noExit ? nothing : html`<div class="exit">${renderQuickExit(this.quickExit)}</div>`}
      </div>
      ${this.loadFailed ? html`<p class="notice">${msg("The list for this page could not be loaded, so HART's own list is shown.")}</p>` : nothing}
      <form role="search" @submit=${(event: Event) => event.preventDefault()}>
        <label for="search">${msg('Search')}</label>
        <p class="hint" id="search-hint">${msg('For example: housing, legal, LGBTQ, mentoring')}</p>
        <input id="search" part="search" type="search" aria-describedby="search-hint" .value=${this.text} @input=${input((v) => (this.text = v))} />
        <div class="status">
          <p class="count" part="count" aria-hidden="true">${this.countText(this.results.length)}</p>
          <button type="button" class="filters-toggle" aria-expanded=${this.filtersOpen ? 'true' : 'false'} aria-controls="filters" @click=${() => (this.filtersOpen = !this.filtersOpen)}>
            ${filtersOn ? msg(str`Filters (${filtersOn} on)`) : msg('Filters')}
          </button>
        </div>
        <div id="filters" class=${this.filtersOpen ? 'filter-panel open' : 'filter-panel'}>
          <div class="filters" part="filters">
            <fieldset>
              <legend>${msg('Kind of help')}</legend>
              <div class="categories">
                ${CATEGORIES.map(
                  (category) => html`<label
                    ><input
                      type="checkbox"
                      .checked=${this.categories.includes(category)}
                      @change=${(event: Event) =>
                        (this.categories = (event.target as HTMLInputElement).checked ? [...this.categories, category] : this.categories.filter((c) => c !== category))}
                    />${categoryLabels[category][locale]}</label
                  >`,
                )}
              </div>
            </fieldset>
            <div>
              <label for="age">${msg('Age')}</label>
              <input id="age" type="number" min="0" max="120" inputmode="numeric" .value=${this.ageFilter} @input=${input((v) => (this.ageFilter = v))} />
            </div>
            <div>
              <label for="region">${msg('Region or town')}</label>
              <select id="region" @change=${input((v) => (this.regionFilter = v))}>
                <option value="" ?selected=${!this.regionFilter}>${msg('Anywhere in Connecticut')}</option>
                ${regions
                  .filter((r) => r.id !== 'statewide')
                  .map(
                    (r) => html`<optgroup label=${r.name[locale]}>
                      <option value=${r.id} ?selected=${this.regionFilter === r.id}>${msg(str`All of ${r.name[locale]}`)}</option>
                      ${r.areaOffices.map((town) => html`<option value=${town} ?selected=${this.regionFilter.toLowerCase() === town.toLowerCase()}>${town}</option>`)}
                    </optgroup>`,
                  )}
              </select>
            </div>
            <div>
              <label for="language">${msg('Language')}</label>
              <select id="language" @change=${input((v) => (this.languageFilter = v))}>
                <option value="" ?selected=${!this.languageFilter}>${msg('Any language')}</option>
                <option value="en" lang="en" ?selected=${this.languageFilter === 'en'}>English</option>
                <option value="es" lang="es" ?selected=${this.languageFilter === 'es'}>Español</option>
              </select>
            </div>
          </div>
          <div class="bar">
            <button type="button" @click=${this.onClear}>${msg('Clear filters')}</button>
          </div>
        </div>
      </form>
      <p class="visually-hidden" role="status">${this.countAnnouncement}</p>
      ${this.indexing
        ? nothing
        : this.results.length
        ? html`<ul class="results" part="results">
              ${visible.map((resource) => this.renderResult(resource, locale))}
            </ul>
            ${visible.length < this.results.length
              ? html`<p class="bar">
                  <span>${msg(str`Showing ${visible.length} of ${this.results.length}`)}</span>
                  <button type="button" @click=${this.onShowMore}>${msg('Show more')}</button>
                </p>`
              : nothing}`
        : this.renderEmpty(locale)}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }
}
