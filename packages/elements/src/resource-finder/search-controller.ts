import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { filterResources } from '@ct-hart/sdk/filter';
import type { ResourceQuery } from '@ct-hart/sdk/search';
import type { Resource } from '@ct-hart/sdk/schema';
import { detach, reportError } from '../shared/events.js';
import type { Locale } from '../shared/locale.js';
import { chunkLoader } from '../shared/chunk-loader.js';

/** The search engine (typos, everyday words, towns) and its vocabulary: loaded at idle after the first render. */
type SearchModule = typeof import('@ct-hart/sdk/search');
/** One loader per page: a failed load is tried again under another URL (shared/chunk-loader.ts). */
const loadSearch = chunkLoader(
  () => import('./search.js'),
  (retryFragment) => import(/* @vite-ignore */ /* webpackIgnore: true */ `./search.js${retryFragment}`),
);

/**
 * Up to this many services, the search index is built when first needed (a few milliseconds).
 * A longer list is indexed in short steps between other work (`prepareSearchIndex`), so setting
 * 5,000 services never blocks the page for one long task; its results show when it is ready.
 */
export const SYNC_INDEX_LIMIT = 200;

/**
 * The finder's search: what shows for a list, a query and a locale, all three given by the element.
 * What shows before anyone types (the filters, in the data's priority order) needs no search
 * engine; words do. The engine is fetched at idle after the first render (`loadEngine`), or on the
 * first word typed before that; a long list's index is then built in steps, never in one long
 * task. Meanwhile `indexing` is true; when the engine or index is ready, the host is asked to
 * update and `needsSearch` says to search again.
 */
export class FinderSearch implements ReactiveController {
  results: Resource[] = [];
  /** For a search that finds nothing: a close query that finds something ("Did you mean"). */
  didYouMean: string | undefined;
  /** A long list's index (or the engine) is being readied: results show when it is. */
  indexing = false;
  /** The engine or an index became ready since the last search. */
  needsSearch = false;
  #engine?: SearchModule;
  #engineLoad?: Promise<SearchModule> | undefined;
  /** The text typed when the engine last failed to load: not tried again until the text changes. */
  #failedFor?: string | undefined;
  /** The text of the latest search. */
  #text = '';
  /** The list and locale whose engine and index are being readied, shared by every word typed meanwhile. */
  #preparing?:
    { list: readonly Resource[]; locale: Locale; controller: AbortController; done: Promise<void> } | undefined;

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#preparing?.controller.abort();
    this.#preparing = undefined;
  }

  /** Searches `list`; false while the engine or index is being readied (nothing to announce yet). */
  search(list: readonly Resource[], query: ResourceQuery, locale: Locale): boolean {
    const text = (this.#text = query.text ?? '');
    this.needsSearch = false;
    this.didYouMean = undefined;
    const engine = this.#engine;
    if (!text.trim() || (!engine && this.#failedFor === text)) {
      // No words, or words the engine could not be loaded for: the services that pass the filters.
      this.indexing = false;
      this.results = filterResources(list, query);
    } else if (
      !engine ||
      (Array.isArray(list) && list.length > SYNC_INDEX_LIMIT && !engine.isSearchIndexReady(list, locale))
    ) {
      this.indexing = true;
      this.results = [];
      detach(this.#host, this.#prepare(list, locale));
      return false;
    } else {
      this.indexing = false;
      this.results = engine.searchResources(list, query, locale);
      if (this.results.length === 0) this.didYouMean = engine.suggestSearch(list, query, locale).didYouMean;
    }
    return true;
  }

  /** Loads the search engine once (a failed load is tried again on the next word). */
  loadEngine(): Promise<SearchModule> {
    return (this.#engineLoad ??= loadSearch().then(
      (module) => (this.#engine = module),
      (cause: unknown) => {
        this.#engineLoad = undefined;
        throw cause;
      },
    ));
  }

  /**
   * Loads the engine and, for a long list, builds its index in steps; then has the host search
   * again. Words typed meanwhile wait for the same preparation; a new list or locale cancels it.
   */
  async #prepare(list: readonly Resource[], locale: Locale): Promise<void> {
    if (this.#preparing?.list !== list || this.#preparing.locale !== locale) {
      this.#preparing?.controller.abort();
      const controller = new AbortController();
      const done = this.loadEngine().then((engine) =>
        Array.isArray(list) && list.length > SYNC_INDEX_LIMIT
          ? engine.prepareSearchIndex(list, locale, { signal: controller.signal })
          : undefined,
      );
      this.#preparing = { list, locale, controller, done };
    }
    const current = this.#preparing;
    try {
      await current.done;
    } catch (cause) {
      if (this.#preparing !== current || current.controller.signal.aborted) return; // a newer list or locale took over
      this.#preparing = undefined;
      // Offline and never loaded: the services that pass the filters, not a dead end; said in the console.
      // Said once, not on every word typed while offline.
      if (this.#failedFor === undefined)
        reportError(
          this.#host,
          'data-load',
          `search could not be loaded (${(cause as Error)?.message ?? cause}); showing every service that passes the filters.`,
          cause,
        );
      this.#failedFor = this.#text;
      this.#ready();
      return;
    }
    if (this.#preparing !== current) return;
    this.#preparing = undefined;
    this.#failedFor = undefined;
    this.#ready();
  }

  #ready(): void {
    this.indexing = false;
    this.needsSearch = true;
    this.#host.requestUpdate();
  }
}
