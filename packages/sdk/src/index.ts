export { createHartClient, type HartClient, type HartClientOptions, type LoadResult } from './client.js';
export { HartDataError, formatPath, loadError, type DataIssue, type HartDataErrorKind } from './errors.js';
export { checkFetchUrl, fetchJson, type FetchJsonOptions } from './fetch-json.js';
export { loadRemote, loadRemoteDataset, type RemoteResult } from './remote.js';
export { loadResources } from './resources-source.js';
export { fromHsds, isHsds } from './hsds.js';
export {
  searchResources,
  suggestSearch,
  prepareSearchIndex,
  isSearchIndexReady,
  foldText,
  type ResourceQuery,
  type SearchOptions,
  type PrepareSearchOptions,
  type SearchSuggestion,
} from './search.js';
export { filterResources, resourceFilter, priorityRanks, type ResourceFilters } from './filter.js';
export {
  submitTrainingRequest,
  flushOutbox,
  newIdempotencyKey,
  parseRetryAfter,
  type SubmitOptions,
  type SubmitResult,
} from './submit.js';
export { createOutbox, OUTBOX_KEY, type Outbox, type OutboxEntry } from './outbox.js';
export { HART_STORAGE_PREFIX, clearHartStorage, createMemoryStorage, type KeyValueStorage } from './storage.js';
export {
  MAX_ISSUES,
  validateDataset,
  validateDatasetInSteps,
  validateInSteps,
  validateQuiz,
  validateQuizInSteps,
  validateResources,
  validateResourcesInSteps,
  validateTrainingRequest,
  validateWith,
  schemaError,
  describeIssues,
  type StepOptions,
  type ValidationResult,
} from './validate.js';
export type * from './schema/index.js';
