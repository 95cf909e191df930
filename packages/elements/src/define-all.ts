/** Registers every HART element (the `hart-elements.js` CDN bundle). */
import './hart-help-banner.js';
import './hart-red-flag-quiz.js';
import './hart-resource-finder.js';
import './hart-training-request.js';

export * from './index.js';
