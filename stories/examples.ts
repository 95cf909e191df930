/**
 * One set of examples for the stories, the docs snippets and the accessibility tests: each is the
 * markup a webmaster would paste.
 */
export interface Example {
  name: string;
  html: string;
}

export const helpBannerExamples: Example[] = [
  { name: 'Inline (default)', html: '<hart-help-banner></hart-help-banner>' },
  { name: 'Bar', html: '<hart-help-banner variant="bar"></hart-help-banner>' },
  { name: 'Compact', html: '<hart-help-banner variant="compact"></hart-help-banner>' },
  {
    name: 'Custom theme',
    html: '<hart-help-banner style="--hart-color-accent: #2a6041; --hart-color-border: #2a6041; --hart-radius: 0; --hart-font-family: Georgia, serif"></hart-help-banner>',
  },
  {
    name: 'Chosen lines, no exit button',
    html: '<hart-help-banner lines="national-human-trafficking-hotline dcf-hart-email" no-exit></hart-help-banner>',
  },
];

export const redFlagQuizExamples: Example[] = [
  {
    name: 'Youth online safety (grades 6–12)',
    html: '<hart-red-flag-quiz quiz="youth-online-safety"></hart-red-flag-quiz>',
  },
  { name: 'Lodging staff', html: '<hart-red-flag-quiz quiz="lodging-red-flags"></hart-red-flag-quiz>' },
  { name: 'Community', html: '<hart-red-flag-quiz quiz="community-red-flags" shuffle></hart-red-flag-quiz>' },
];

export const resourceFinderExamples: Example[] = [
  { name: 'All services (embedded data)', html: '<hart-resource-finder></hart-resource-finder>' },
  {
    name: 'Legal help for a 16-year-old',
    html: '<hart-resource-finder category="legal" age="16"></hart-resource-finder>',
  },
  {
    name: 'Mentoring in the Waterbury area',
    html: '<hart-resource-finder category="mentoring" region="Waterbury"></hart-resource-finder>',
  },
];

export const trainingRequestExamples: Example[] = [
  { name: 'No backend: composes an email to HART', html: '<hart-training-request></hart-training-request>' },
  {
    name: 'Lodging (Public Act 16-71)',
    html: '<hart-training-request audience="lodging-staff"></hart-training-request>',
  },
  {
    name: 'School staff, with an endpoint',
    html: '<hart-training-request audience="school-staff" endpoint="https://partner.example/api/hart-training"></hart-training-request>',
  },
];
