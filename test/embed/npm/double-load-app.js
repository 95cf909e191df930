// The site's own bundle: registers the elements from the npm package (after two copies of the CDN
// bundle already did). `define` leaves a tag that is already defined alone.
import '@ct-hart/elements/hart-help-banner.js';
import '@ct-hart/elements/hart-red-flag-quiz.js';
import '@ct-hart/elements/hart-resource-finder.js';
import '@ct-hart/elements/hart-training-request.js';

document.documentElement.dataset.npmApp = 'loaded';
