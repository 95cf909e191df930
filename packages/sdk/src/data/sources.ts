import type { Source } from '../schema/red-flag.js';

/** Public indicator lists the red flags and quiz questions are written from. */
export const DHS_BLUE_CAMPAIGN: Source = {
  name: 'DHS Blue Campaign: Indicators of Human Trafficking',
  url: 'https://www.dhs.gov/blue-campaign/indicators-human-trafficking',
};
export const NHTH_SIGNS: Source = {
  name: 'National Human Trafficking Hotline: Recognizing the Signs',
  url: 'https://humantraffickinghotline.org/en/human-trafficking/recognizing-signs',
};
export const NETSMARTZ_ENTICEMENT: Source = {
  name: 'NCMEC NetSmartz: Online Enticement',
  url: 'https://www.missingkids.org/netsmartz/topics/onlineenticement',
};
export const NETSMARTZ_SEXTING: Source = {
  name: 'NCMEC NetSmartz: Sexting & Sextortion',
  url: 'https://www.missingkids.org/netsmartz/topics/sexting',
};
export const HART_PUBLIC_ACTS: Source = { name: 'HART web page (2024): Public Acts, Public Act 16-71' };
export const HART_WHAT_TO_DO: Source = { name: 'HART web page (2024): What to do' };
