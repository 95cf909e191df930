// What the search tests share (search.test.ts, suggest-search.test.ts): the embedded services and
// the ids a search returns, in order.
import { defaultDataset } from '../src/data/index.js';
import { searchResources } from '../src/search.js';
import type { Resource, SearchTerms } from '../src/schema/index.js';

export const { resources } = defaultDataset;
export const ids = (list: Resource[]) => list.map((r) => r.id);
/** The ids a search for `text` returns, best first. */
export const top = (
  list: readonly Resource[],
  text: string,
  locale: 'en' | 'es' = 'en',
  options: { terms?: SearchTerms } = {},
) => ids(searchResources(list, { text }, locale, options));
