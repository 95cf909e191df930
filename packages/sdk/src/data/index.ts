export { defaultDataset } from './dataset.js';
export { categoryLabels, populationLabels, referralLabels } from './labels.js';
export { t } from './text.js';
