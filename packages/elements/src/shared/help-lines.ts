/**
 * The hotlines every HART widget offers when it has nothing better to show (the banner's default,
 * the quiz's results, the finder's empty state): emergency first, then the trafficking hotline and
 * the DCF Careline. Ids of `@ct-hart/sdk/data/hotlines`.
 */
export const HELP_LINE_IDS = ['emergency-911', 'national-human-trafficking-hotline', 'dcf-careline'] as const;
