/** Registers every HART element (the `hart-elements.js` CDN bundle). */
import './hart-help-banner.js';

export * from './index.js';
