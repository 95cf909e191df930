import type { LocalizedText } from '../schema/localized-text.js';

/** Shorthand for a `{ en, es }` text in the data files. */
export const t = (en: string, es: string): LocalizedText => ({ en, es });
