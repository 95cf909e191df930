/** Registers `<hart-resource-finder>`; harmless to import twice or alongside the CDN bundle. */
// First: before any copy of Lit loads, so two HART bundles share one Trusted Types policy.
import './shared/trusted-types.js';
import { HartResourceFinder } from './resource-finder/resource-finder.js';
import { define } from './shared/define.js';

define('hart-resource-finder', HartResourceFinder);

export { HartResourceFinder };

declare global {
  interface HTMLElementTagNameMap {
    'hart-resource-finder': HartResourceFinder;
  }
}
