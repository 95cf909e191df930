// `@ct-hart/sdk/search`: finding services by what a person types. The parts, one job each:
// `search/words.ts` (folding and splitting text), `search/search-index.ts` (the index, built in
// steps and cached), `search/places.ts` (towns and regions named in a query) and
// `search/queries.ts` (matching, scoring, "did you mean").
export { foldText } from './filter.js';
export {
  isSearchIndexReady,
  prepareSearchIndex,
  type PrepareSearchOptions,
  type SearchOptions,
} from './search/search-index.js';
export { searchResources, suggestSearch, type ResourceQuery, type SearchSuggestion } from './search/queries.js';
