export { defaultDataset } from './dataset.js';
export { categoryLabels, populationLabels, referralLabels } from './labels.js';
export { HART_EMAIL } from './contacts.js';
export { connecticutTowns } from './towns.js';
export { t } from './text.js';
export { searchTerms } from './search-terms.js';
